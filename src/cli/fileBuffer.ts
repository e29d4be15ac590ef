/** The bytes of a large input file, held so that letting them go gives the memory back. */

/** glibc's largest mmap threshold on 64 bits (DEFAULT_MMAP_THRESHOLD_MAX, 32 MB), and a little more. */
export const ABOVE_MMAP_THRESHOLD_MAX = 33 << 20;

/**
 * Room for `size` bytes, in a block of at least 33 MB. glibc raises its mmap threshold to the size
 * of any mapped block of up to 32 MB that is freed: once a file's tens of megabytes were let go,
 * every typed array of the analysis below that size came from the heap, whose freed middle stays
 * in the process's memory (about 20 MB more at the peak on a million rows). A larger block leaves
 * the threshold alone, and its pages past `size` are never touched, so they take no memory.
 */
export function fileBuffer(size: number): Buffer {
  return Buffer.allocUnsafe(Math.max(size, ABOVE_MMAP_THRESHOLD_MAX)).subarray(0, size);
}
