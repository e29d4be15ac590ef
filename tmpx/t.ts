import { parseSettings, DEFAULT_SETTINGS } from '../src/core/settings';
for (const x of [{ tempoHri: 3 }, { tempoHari: 1.5 }, { tempoHari: 'a' }, { kolom: { penjualn: {} } }, { pesan: { hadia: 'x' } }, { formatTanggal: 'X' }, { tanggalAcuan: '1/2/2025' }, { hapusSapaan: 3 }, {batasKreditA: -1}])
  try { parseSettings(x); console.log('ok', x); } catch (e) { console.log((e as Error).message); }
console.log(DEFAULT_SETTINGS);
