/** Messages quote a cell as the owner sees it (DOMAIN 1), in the sheet's time zone. */
import { ownerCellText } from '../../../src/core/read/cellText';
import { ZoneClock } from '../../../src/core/read/dates';

describe('a cell as the owner sees it', () => {
  const jakarta = new ZoneClock('Asia/Jakarta');

  it('shows a time typed alone as the time, not a date in 1899', () => {
    // 30 Dec 1899 10:30 in Jakarta (UTC+07:07:12 then: Sheets' zone history) as Sheets holds "10:30".
    const tenThirty = new Date(Date.UTC(1899, 11, 30, 10, 30) - 7 * 3_600_000 - 7 * 60_000 - 12_000);
    expect(ownerCellText(tenThirty, jakarta)).toBe('10:30');
  });

  it('shows a date as DD/MM/YYYY, with its time when it has one', () => {
    expect(ownerCellText(new Date(Date.UTC(2025, 1, 28, 17)), jakarta)).toBe('01/03/2025');
    expect(ownerCellText(new Date(Date.UTC(2025, 1, 28, 18, 5)), jakarta)).toBe('01/03/2025 01:05');
    expect(ownerCellText(new Date(Date.UTC(2025, 0, 5, 8)), new ZoneClock('America/Los_Angeles'))).toBe(
      '05/01/2025',
    );
  });

  it('leaves text and numbers as they are', () => {
    expect(ownerCellText('29/02/2025', jakarta)).toBe('29/02/2025');
    expect(ownerCellText(45662.5, jakarta)).toBe('45662.5');
    expect(ownerCellText(null, jakarta)).toBe('');
  });
});
