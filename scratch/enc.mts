import iconv from 'iconv-lite';
import { decodeText } from '/work/wt/hardening/main/ingest/decode';
const fr =
  'L’Observatoire syrien des droits de l’homme — cité par l’AFP — affirme qu’un « cessez-le-feu » de 12 heures a été proposé à Deraa; coût : 5 € … Œuvre, cœur, “guillemets”, ‘simples’ • – ™ ‰ š';
for (const enc of ['windows-1252', 'iso-8859-15', 'macintosh']) {
  const t = fr.replace(/[‘’“”•–™‰š]/g, (c) =>
    enc === 'windows-1252' ? c : enc === 'macintosh' && '‘’“”•–™‰'.includes(c) ? c : "'",
  );
  const b = iconv.encode(t, enc);
  const d = decodeText(b, 'x.txt');
  console.log(enc, '->', d.encoding, d.text === t);
}
console.log(decodeText(Buffer.from('l\x92Observatoire \x97 5 \x80', 'latin1'), 'x').text);
console.log(decodeText(iconv.encode('Le cœur du problème coûte 5 €.', 'iso-8859-15'), 'x'));
console.log(decodeText(iconv.encode('Le cœur du problème coûte 5 €.', 'macintosh'), 'x'));
console.log(decodeText(iconv.encode('Déclaration à Deraa.', 'macintosh'), 'x'));
console.log(decodeText(iconv.encode('Déclaration à Deraa.', 'latin1'), 'x'));
