/** A large input file's bytes (src/cli/fileBuffer.ts): in a block glibc maps apart from its heap. */
import { ABOVE_MMAP_THRESHOLD_MAX, fileBuffer } from '../../src/cli/fileBuffer';

describe('fileBuffer', () => {
  it("holds the bytes asked for in a block above glibc's largest mmap threshold (32 MB)", () => {
    expect(ABOVE_MMAP_THRESHOLD_MAX).toBeGreaterThan(32 * 1024 * 1024);
    const small = fileBuffer(1000);
    expect(small.length).toBe(1000);
    expect(small.buffer.byteLength).toBe(ABOVE_MMAP_THRESHOLD_MAX);
    const large = fileBuffer(40 * 1024 * 1024);
    expect(large.length).toBe(40 * 1024 * 1024);
    expect(large.buffer.byteLength).toBe(40 * 1024 * 1024);
    expect(fileBuffer(0).length).toBe(0);
  });
});
