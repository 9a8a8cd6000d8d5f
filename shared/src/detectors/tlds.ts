/**
 * Top-level domains delegated in the IANA root zone, written down as compact data: every two-letter
 * country-code TLD, the original generic TLDs, and the generic TLDs that appear in real addresses
 * (a subset of the ~1,100 new gTLDs; brand TLDs are left out: no one's mail lives there). Punycode TLDs
 * (`xn--…`) and TLDs in a non-Latin script are accepted by `isKnownTld` without a list.
 */

const COUNTRY_CODES =
  'ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo bq br bs bt bw by bz ' +
  'ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ' +
  'ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ' +
  'ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu ' +
  'mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw ' +
  'sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ' +
  'ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw';

const GENERIC =
  'com net org edu gov mil int arpa info biz name pro aero asia cat coop jobs mobi museum post tel travel xxx ' +
  'academy accountant accountants actor ads adult africa agency airforce amsterdam analytics apartments app archi army art ' +
  'associates attorney auction audio auto autos baby band bank bar barcelona bargains basketball bayern beauty beer berlin best ' +
  'bet bible bid bike bingo bio black blackfriday blog blue boats bond boo book boston bot boutique box broker brussels build ' +
  'builders business buzz bzh cab cafe cam camera camp capital car cards care career careers cars casa cash casino catering ' +
  'center ceo charity chat cheap christmas church city claims cleaning click clinic clothing cloud club coach codes coffee ' +
  'college community company compare computer condos construction consulting contact contractors cooking cool country coupons ' +
  'courses credit creditcard cricket cruises cymru cyou dad dance data date dating day deals degree delivery democrat dental ' +
  'dentist design dev diamonds diet digital direct directory discount doctor dog domains download earth eco education email ' +
  'energy engineer engineering enterprises equipment estate eus events exchange expert exposed express fail faith family fan ' +
  'fans farm fashion fast feedback film final finance financial fish fishing fit fitness flights florist flowers fly foo food ' +
  'football forsale forum foundation free fund furniture futbol fyi gal gallery game games garden gay gift gifts gives glass ' +
  'global gmbh gold golf graphics gratis green gripe group guide guitars guru hair hamburg haus health healthcare help hiphop ' +
  'hiv hockey holdings holiday homes horse hospital host hosting house how icu immo immobilien inc industries ink institute ' +
  'insurance insure international investments irish jetzt jewelry juegos kaufen kids kim kitchen kiwi koeln krd land lat law ' +
  'lawyer lease legal lgbt life lighting limited limo link live llc llp loan loans lol london love ltd luxury maison management ' +
  'market marketing mba media meet melbourne memorial men menu miami moda moe mom money monster mortgage motorcycles mov movie ' +
  'music navy network new news nexus ngo ninja nrw nyc observer office one ong onl online ooo organic page paris partners parts ' +
  'party pet phd photo photography photos pics pictures pink pizza place plumbing plus poker porn press productions promo ' +
  'properties property pub quebec quest racing radio realestate realty recipes red rehab reise reisen rent rentals repair report ' +
  'republican rest restaurant review reviews rich rip rocks rodeo ruhr run saarland sale salon sarl school schule science scot ' +
  'search security select services sex sexy shoes shop shopping show singles site ski skin soccer social software solar solutions ' +
  'soy spa space sport storage store stream studio study style sucks supplies supply support surf surgery swiss sydney systems ' +
  'tattoo tax taxi team tech technology tennis theater theatre tickets tienda tips tires tirol today tokyo tools top tours town ' +
  'toys trade trading training tube university uno vacations vegas ventures vet viajes video villas vin vip vision vlaanderen ' +
  'vodka vote voting voto voyage wales wang watch webcam website wedding wien wiki win wine work works world wtf xyz yoga you ' +
  'zip zone';

const TLDS: ReadonlySet<string> = new Set(`${COUNTRY_CODES} ${GENERIC}`.split(' '));

const NON_LATIN = /^[\p{L}\p{M}]{2,63}$/u;
const PUNYCODE = /^xn--[a-z0-9-]{1,59}$/;
const ASCII_LETTER = /[a-z]/;

/** Every regular expression of this module (checked by test/safety/redos.test.ts). */
export const PATTERNS: readonly RegExp[] = [NON_LATIN, PUNYCODE, ASCII_LETTER];

/** `tld` (without the dot, any case) is a delegated top-level domain. */
export function isKnownTld(tld: string): boolean {
  const t = tld.toLowerCase();
  if (TLDS.has(t)) return true;
  if (PUNYCODE.test(t)) return true;
  // A TLD written in a non-Latin script (`рф`, `中国`): accepted when it has no ASCII letter at all.
  return !ASCII_LETTER.test(t) && NON_LATIN.test(t);
}

export const TLD_COUNT = TLDS.size;
