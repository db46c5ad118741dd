import type { SynonymGroupInput } from "@/lib/domain/catalogue/synonyms";

/**
 * Everyday words for the reserved catalogue's items (issue 17): what a panchayat secretary or an
 * office clerk calls them in English, in Hindi and in Hindi typed in Roman letters. Seeded once
 * into an empty table; the admin keeps them from then on (/admin/catalogue/synonyms). Things
 * Manak does not sell (buckets, stone aggregate) are deliberately absent.
 */
export const SYNONYM_GROUPS: SynonymGroupInput[] = [
  { english: ["table"], hindi: ["मेज़", "टेबल"], roman: ["mez", "mej", "tebal"] },
  { english: ["almirah", "almira", "cupboard", "wardrobe"], hindi: ["अलमारी", "आलमारी"], roman: ["almari", "alamari"] },
  { english: ["chair"], hindi: ["कुर्सी"], roman: ["kursi"] },
  { english: ["bed", "cot"], hindi: ["पलंग", "खाट", "चारपाई"], roman: ["palang", "khat", "charpai"] },
  { english: ["notebook", "copy"], hindi: ["कॉपी", "कापी", "नोटबुक"], roman: ["kapi", "kopi"] },
  { english: ["envelope"], hindi: ["लिफ़ाफ़ा"], roman: ["lifafa"] },
  { english: ["chalk"], hindi: ["चॉक", "खड़िया"], roman: ["khadiya"] },
  { english: ["pen"], hindi: ["पेन", "क़लम"], roman: ["kalam"] },
  { english: ["uniform"], hindi: ["वर्दी", "गणवेश", "यूनिफ़ॉर्म"], roman: ["vardi", "ganvesh"] },
  { english: ["blanket"], hindi: ["कंबल"], roman: ["kambal", "kammal"] },
  { english: ["durrie", "dhurrie", "rug"], hindi: ["दरी"], roman: ["dari"] },
  { english: ["bedsheet"], hindi: ["चादर"], roman: ["chadar"] },
  { english: ["mosquito"], hindi: ["मच्छरदानी"], roman: ["machhardani", "macchardani"] },
  { english: ["towel"], hindi: ["तौलिया", "टॉवेल"], roman: ["tauliya", "toliya"] },
  { english: ["soap"], hindi: ["साबुन"], roman: ["sabun"] },
  { english: ["broom"], hindi: ["झाड़ू"], roman: ["jhadu", "jharu"] },
  { english: ["mop"], hindi: ["पोंछा", "पोछा"], roman: ["ponchha", "pocha"] },
  { english: ["fan"], hindi: ["पंखा"], roman: ["pankha"] },
  { english: ["wire", "cable"], hindi: ["तार"], roman: ["taar"] },
  { english: ["spade", "shovel"], hindi: ["फावड़ा"], roman: ["phawda", "fawda", "phavda"] },
  { english: ["pickaxe"], hindi: ["गैंती"], roman: ["gainti"] },
  { english: ["sickle"], hindi: ["हँसिया"], roman: ["hansiya", "hasiya"] },
  { english: ["wheelbarrow"], hindi: ["ठेला"], roman: ["thela"] },
  { english: ["crowbar"], hindi: ["सब्बल"], roman: ["sabbal"] },
  { english: ["honey"], hindi: ["शहद", "मधु"], roman: ["shahad", "madhu"] },
  { english: ["jaggery"], hindi: ["गुड़"], roman: ["gud", "gur"] },
  { english: ["dal", "lentil", "lentils"], hindi: ["दाल"], roman: ["daal"] },
  { english: ["tur", "toor", "arhar"], hindi: ["तुअर", "तूर", "अरहर"], roman: [] },
  { english: ["trousers", "pant", "pants"], hindi: ["पैंट", "पतलून"], roman: ["patloon"] },
  { english: ["mcb", "breaker"], hindi: ["एमसीबी"], roman: [] },
  { english: ["brick", "bricks"], hindi: ["ईंट"], roman: ["eent", "int"] },
  { english: ["window"], hindi: ["खिड़की"], roman: ["khidki", "khirki"] },
  { english: ["rod", "rebar"], hindi: ["सरिया"], roman: ["sariya"] },
];
