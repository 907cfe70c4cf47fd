/**
 * Suggestions that fit: each table row is a sentence, the words flagged in
 * it, and every whole sentence the finding offers, in order, after its
 * suggestion is applied (test/checker/fix.ts). A suggestion that would break
 * the sentence must not be offered at all.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/checker/index';
import { explanation } from '../../src/checker/rules/suggest';
import type { GlossaryEntry } from '../../src/glossary/schema';
import type { ProfileName } from '../../src/checker/types';
import { entry } from '../helpers';
import { fixedTexts } from './fix';

const glossary: GlossaryEntry[] = [
  entry({
    id: 'facilitate',
    term: 'facilitate',
    pos: 'verb',
    alternatives: ['run', 'help'],
    match: { alternativesNotWith: { run: ['~ =people|them|him|her|you'] } },
  }),
  entry({
    id: 'commission',
    term: 'commission',
    pos: 'verb',
    alternatives: ['buy', 'arrange', { text: 'buying', pos: 'noun' }, 'fund'],
    definition: 'To plan and pay for care and support from other organisations.',
    match: { alternativesWith: { fund: ['~ agency|agencies|charity|charities'] } },
  }),
  entry({
    id: 'service-user',
    term: 'service user',
    pos: 'noun',
    action: 'respectful',
    alternatives: ['person', 'you'],
  }),
  entry({
    id: 'individual',
    term: 'individual',
    pos: 'noun',
    alternatives: ['person'],
    match: { pos: ['noun'] },
  }),
  entry({ id: 'personalise', term: 'personalise', pos: 'verb', alternatives: ['tailor'] }),
  entry({
    id: 'safeguard',
    term: 'safeguard',
    pos: 'verb',
    alternatives: ['protect'],
    definition: 'To protect someone from harm or abuse.',
  }),
  entry({
    id: 'evidence-base',
    term: 'evidence base',
    pos: 'noun',
    alternatives: ['research', { text: 'shown to work', pos: 'adjective' }],
  }),
  entry({
    id: 'demented',
    term: 'demented',
    pos: 'adjective',
    action: 'respectful',
    alternatives: ['living with dementia', 'confused'],
  }),
  entry({
    id: 'top-up',
    term: 'top-up',
    pos: 'noun',
    action: 'explain',
    definition: 'Money a family pays towards a care home that costs more than the council pays.',
  }),
  entry({
    id: 'managers-hearing',
    term: 'managers hearing',
    pos: 'noun',
    alternatives: ['review meeting'],
  }),
  entry({
    id: 'gp',
    term: 'GP',
    pos: 'noun',
    alternatives: ['doctor'],
    match: { caseSensitive: true },
  }),
  entry({
    id: 'uplift',
    term: 'uplift',
    pos: 'noun',
    alternatives: ['rise', { text: 'raise', pos: 'verb' }],
  }),
  entry({
    id: 'two-tier',
    term: 'two-tier',
    pos: 'adjective',
    alternatives: ['county and district'],
  }),
  entry({ id: 'rebase', term: 'rebase', pos: 'verb', alternatives: ['reset'] }),
  entry({
    id: 'repositioning-chart',
    term: 'repositioning chart',
    pos: 'noun',
    alternatives: ['turning record'],
  }),
  entry({ id: 'redact', term: 'redact', pos: 'verb', alternatives: ['black out'] }),
  entry({
    id: 'usual-rate',
    term: 'usual rate',
    variants: ['council rate'],
    pos: 'noun',
    alternatives: ['standard rate'],
    definition: 'The amount a council normally pays for care.',
  }),
  entry({
    id: 'trusted-assessor',
    term: 'trusted assessor',
    action: 'explain',
    pos: 'noun',
    definition: 'A worker who assesses what a person needs before they leave hospital.',
  }),
  entry({
    id: 'unpaid-carer',
    term: 'unpaid carer',
    action: 'explain',
    pos: 'noun',
    definition: 'Someone who looks after a relative or friend without being paid.',
  }),
  entry({
    id: 'carers-assessment',
    term: "carer's assessment",
    action: 'explain',
    pos: 'noun',
    definition: 'A talk with the council, for someone who looks after a relative.',
  }),
  entry({
    id: 'adult-at-risk',
    term: 'adult at risk',
    action: 'explain',
    pos: 'noun',
    definition: 'A person aged 18 or over who needs care.',
  }),
  entry({
    id: 'recommissioning',
    term: 'recommissioning',
    action: 'explain',
    definition: 'Buying a service again, often after changing it. Councils and the NHS do this.',
  }),
  entry({
    id: 'concessionary-bus-pass',
    term: 'concessionary bus pass',
    pos: 'noun',
    alternatives: ['free bus pass'],
  }),
  entry({
    id: 'medicines-management',
    term: 'medicines management',
    pos: 'noun',
    alternatives: ['managing medicines'],
  }),
  entry({
    id: 'holding-power',
    term: 'holding power',
    variants: ['section 5(2)'],
    pos: 'noun',
    action: 'explain',
    definition: 'A power to keep someone in hospital for up to three days.',
  }),
  entry({
    id: 'clinician',
    term: 'clinician',
    pos: 'noun',
    alternatives: ['doctor or nurse'],
  }),
  entry({
    id: 'social-let',
    term: 'social let',
    pos: 'noun',
    alternatives: ['council or housing association home'],
  }),
  entry({
    id: 'acute',
    term: 'acute',
    pos: 'adjective',
    alternatives: [{ text: 'hospital', pos: 'adjective' }],
  }),
  entry({
    id: 'deprescribing',
    term: 'deprescribing',
    variants: ['deprescribe'],
    pos: 'noun',
    alternatives: [
      { text: 'stopping medicines', pos: 'noun' },
      { text: 'stop', pos: 'verb' },
    ],
  }),
  entry({
    id: 'carer',
    term: 'carer',
    pos: 'noun',
    action: 'explain',
    definition: 'A person who looks after a family member or friend without being paid.',
  }),
  entry({
    id: 'bed-lever',
    term: 'bed lever',
    pos: 'noun',
    alternatives: ['handle fixed to the bed', 'rail given to you'],
  }),
];

describe('suggestions fit the sentence', () => {
  it.each<[string, string, string[]]>([
    // A verb alternative in the verb's form: base, past participle, -ing.
    ['We commission home care.', 'commission', ['We buy home care.', 'We arrange home care.']],
    // Not a swap that says again the noun two words share.
    [
      'We work with acute and community hospitals.',
      'acute',
      ['We work with acute (what acute means) and community hospitals.'],
    ],
    [
      'We work with acute and community services.',
      'acute',
      ['We work with hospital and community services.'],
    ],
    // A term that is itself an -ing word, used as a verb: the verb in -ing.
    ['We are deprescribing his statin.', 'deprescribing', ['We are stopping his statin.']],
    // A plural noun phrase: its head noun takes the -s, even before a past participle.
    [
      'Bed levers can help you sit up.',
      'Bed levers',
      ['Handles fixed to the bed can help you sit up.', 'Rails given to you can help you sit up.'],
    ],
    [
      'A bed lever can help you sit up.',
      'bed lever',
      [
        'A handle fixed to the bed can help you sit up.',
        'A rail given to you can help you sit up.',
      ],
    ],
    // An alternative left out in some contexts only.
    ['We facilitate people to speak.', 'facilitate', ['We help people to speak.']],
    // An alternative for some contexts only: alone there, and nowhere else.
    [
      'We commission three home care agencies.',
      'commission',
      ['We fund three home care agencies.'],
    ],
    [
      'The council commissioned a local charity.',
      'commissioned',
      ['The council funded a local charity.'],
    ],
    [
      'Thank you for your payment in respect of the invoice.',
      'in respect of',
      ['Thank you for your payment for the invoice.'],
    ],
    ['I am writing in respect of your care.', 'in respect of', ['I am writing about your care.']],
    [
      'Care was commissioned last year.',
      'commissioned',
      ['Care was bought last year.', 'Care was arranged last year.'],
    ],
    [
      'We are commissioning a new service.',
      'commissioning',
      ['We are buying a new service.', 'We are arranging a new service.'],
    ],
    // A participle used as an adjective.
    [
      'Services are personalised for each person.',
      'personalised',
      ['Services are tailored for each person.'],
    ],
    // Word lists too: "has been start" and "was use" are never offered.
    ['The project has been initiated.', 'initiated', ['The project has been started.']],
    ['The grant was utilised to buy hoists.', 'utilised', ['The grant was used to buy hoists.']],
    [
      'The pilot will be rolled out across the borough.',
      'rolled out',
      ['The pilot will be brought in across the borough.'],
    ],
    [
      'We are cognisant of the pressures on carers.',
      'cognisant of',
      ['We are aware of the pressures on carers.'],
    ],
    [
      'The team commenced work in April.',
      'commenced',
      ['The team began work in April.', 'The team started work in April.'],
    ],
    // Possessives, singular and plural (the apostrophe after "users" is taken in).
    ["Write the service user's name here.", "service user's", ["Write the person's name here."]],
    [
      "Keep service users' records safe.",
      "service users'",
      ["Keep people's records safe.", 'Keep your records safe.'],
    ],
    // … but not a single quotation mark that closes after the words: not "people's".
    ["Staff say 'service users' but we do not.", 'service users', []],
    // "an individual" → "a person": the article changes with the word.
    ['We met an individual at the hub.', 'an individual', ['We met a person at the hub.']],
    // A two-word term is replaced whole, and an adjective cannot stand for a noun.
    ['The current evidence base is strong.', 'evidence base', ['The current research is strong.']],
    // Used as a noun: the entry's noun alternative, not its verbs made into -ing words.
    [
      'Commissioning plans are published in May.',
      'Commissioning',
      ['Buying plans are published in May.'],
    ],
    // A verb's alternatives cannot stand for it used as a noun: explain instead.
    [
      'This is a safeguard against abuse.',
      'safeguard',
      ['This is a safeguard (to protect someone from harm or abuse) against abuse.'],
    ],
    // Before a noun, an adjective's place takes a word, not a phrase.
    ['Her demented mother lives here.', 'demented', ['Her confused mother lives here.']],
    // … or "not" and a word that counts the noun ("not enough").
    [
      'There is insufficient capacity in the market.',
      'insufficient',
      ['There is not enough capacity in the market.'],
    ],
    ['The notice was insufficient.', 'insufficient', ['The notice was not enough.']],
    [
      'Her mother is demented.',
      'demented',
      ['Her mother is living with dementia.', 'Her mother is confused.'],
    ],
    // A plural's apostrophe does not break a phrase, and is taken in.
    [
      "The managers' hearing is on Friday.",
      "managers' hearing",
      ['The review meeting is on Friday.'],
    ],
    // A two-letter abbreviation has a plural.
    ['Two GPs came.', 'GPs', ['Two doctors came.']],
    // "what a top-up means" asks; it does not explain.
    [
      'Ask us what a top-up means.',
      'top-up',
      [
        'Ask us what a top-up (money a family pays towards a care home that costs more than the council pays) means.',
      ],
    ],
    // An owner's word is a noun, whatever the tagger makes of it.
    [
      "Every individual's plan is different.",
      "individual's",
      ["Every person's plan is different."],
    ],
    // No explanation in brackets between an owner and what they own.
    ["Write the carer's name here.", "carer's", []],
    // "an annual uplift to": after "a" or "an", a noun, though "to" follows.
    [
      'We will apply an annual uplift to the rates.',
      'uplift',
      ['We will apply an annual rise to the rates.'],
    ],
    // Before a noun, two words joined by "and" still fit an adjective's place.
    [
      'We work under the two-tier arrangement.',
      'two-tier',
      ['We work under the county and district arrangement.'],
    ],
    // "turning records" is plural ("turning" describes them); "managing medicines" is one thing.
    [
      'Repositioning charts were missing for two residents.',
      'Repositioning charts',
      ['Turning records were missing for two residents.'],
    ],
    [
      'Medicines management is a priority.',
      'Medicines management',
      ['Managing medicines is a priority.'],
    ],
    // A verb's -ing form used as a noun takes the alternative's -ing form, which the
    // tagger may read as a noun too ("blacking").
    [
      'Redacting the records took two weeks.',
      'Redacting',
      ['Blacking out the records took two weeks.'],
    ],
    ['We finished redacting the records.', 'redacting', ['We finished blacking out the records.']],
    // An owner inside the phrase ("the council's rate") is not a plural, and a swap
    // would drop the owner: it is explained instead.
    [
      "We accept the council's rate for their needs.",
      "council's rate",
      [
        "We accept the council's rate (the amount a council normally pays for care) for their needs.",
      ],
    ],
    ['We accept the council rate.', 'council rate', ['We accept the standard rate.']],
    // A plural explanation: "workers who assess", not "workers who assesse".
    [
      'Two trusted assessors visited.',
      'trusted assessors',
      [
        'Two trusted assessors (workers who assess what a person needs before they leave hospital) visited.',
      ],
    ],
    [
      'Two adults at risk were seen.',
      'adults at risk',
      ['Two adults at risk (people aged 18 or over who need care) were seen.'],
    ],
    [
      'We thank all unpaid carers for their help.',
      'unpaid carers',
      [
        'We thank all unpaid carers (people who look after a relative or friend without being paid) for their help.',
      ],
    ],
    // The s' of an owner is not a plural, and "who" after another noun is that noun's.
    [
      "Ask for a carers' assessment today.",
      "carers' assessment",
      [
        "Ask for a carers' assessment (a talk with the council, for someone who looks after a relative) today.",
      ],
    ],
    [
      "Two carer's assessments were late.",
      "carer's assessments",
      [
        "Two carer's assessments (talks with the council, for someone who looks after a relative) were late.",
      ],
    ],
    // An explanation in brackets is the definition's first sentence only.
    [
      'We are planning the recommissioning of day services.',
      'recommissioning',
      [
        'We are planning the recommissioning (buying a service again, often after changing it) of day services.',
      ],
    ],
    // After the number of a numbered paragraph, a word still starts the sentence.
    [
      '6.2 A number of people asked about charges.',
      'A number of',
      ['6.2 Some people asked about charges.', '6.2 Several people asked about charges.'],
    ],
    // The possessive of a word that ends in s is found too.
    [
      "The council checked the concessionary bus pass's expiry date.",
      "concessionary bus pass's",
      ["The council checked the free bus pass's expiry date."],
    ],
    // A verb made from an irregular one takes its forms: "reset", never "reseted".
    ['The budget was rebased in May.', 'rebased', ['The budget was reset in May.']],
    ['We are rebasing the budget.', 'rebasing', ['We are resetting the budget.']],
    // A term with brackets inside: the explanation comes after its own closing bracket.
    [
      'He was held under section 5(2) of the Act.',
      'section 5(2)',
      [
        'He was held under section 5(2) (a power to keep someone in hospital for up to three days) of the Act.',
      ],
    ],
    // A plural alternative of two nouns joined by "or": both are plural.
    ['Two clinicians will visit.', 'clinicians', ['Two doctors or nurses will visit.']],
    [
      'There are few social lets in the town.',
      'social lets',
      ['There are few councils or housing association homes in the town.'],
    ],
    // An explanation after a plural is plural too.
    [
      'Her carers visit daily.',
      'carers',
      [
        'Her carers (people who look after a family member or friend without being paid) visit daily.',
      ],
    ],
  ])('%s', (text, flagged, expected) => {
    const finding = check(text, { glossary, profile: 'public' }).findings.find((f) =>
      ['glossary-term', 'plain-words', 'respectful'].includes(f.ruleId),
    );
    expect(finding?.text).toBe(flagged);
    expect(fixedTexts(text, finding)).toEqual(expected);
  });
});

/**
 * With the built-in glossary, for the public: the words of the first
 * finding of a word rule, and each of its replacements applied to the whole
 * sentence (explanations left out).
 */
function builtInReplacements(
  text: string,
  profile: ProfileName = 'public',
): { flagged: string | undefined; fixed: string[] } {
  const finding = check(text, { profile }).findings.find((f) =>
    ['glossary-term', 'plain-words', 'respectful'].includes(f.ruleId),
  );
  return {
    flagged: finding?.text,
    fixed: fixedTexts(text, finding).filter((fixed) => !fixed.includes('(')),
  };
}

describe('an explanation after a plural, with the built-in glossary', () => {
  // Made plural where it agrees; else it says which one it means.
  it.each<[string, string]>([
    [
      'Hoists help staff move people safely.',
      'Hoists (a hoist is a machine with a sling or seat that lifts a person, for example from a bed to a chair) help staff move people safely.',
    ],
    [
      'Her carers visit daily.',
      'Her carers (people who look after a relative, partner or friend without being paid) visit daily.',
    ],
    // Which one, as written: a variant's own words, in small letters where the
    // entry writes them so.
    // A hyphened word is read by its pieces: the entry writes "risk sharing" small.
    [
      'Risk-sharing arrangements are in the agreement.',
      'Risk-sharing arrangements (a risk-sharing arrangement is an agreement between the council and the NHS about who pays, and how much, if a shared budget costs more or less than planned) are in the agreement.',
    ],
    // Every word with a capital, as a name: kept so.
    [
      'Two Fast Tracks were refused.',
      'Two Fast Tracks (a Fast Track is a quick way for the NHS to agree to pay for all the care of a person who is dying and getting worse quickly) were refused.',
    ],
    [
      'Section 21A appeals are free.',
      'Section 21A appeals (a section 21A appeal is an appeal to a special court saying the legal approval for keeping a person in a care home or hospital is wrong) are free.',
    ],
    [
      'Deputies manage money.',
      'Deputies (a deputy is a person the court names to make some decisions for someone who cannot make them, such as about money or care) manage money.',
    ],
    // A name in brackets and small words keeps its capitals.
    [
      'Care (Education) and Treatment Reviews were held.',
      'Care (Education) and Treatment Reviews (a Care (Education) and Treatment Review is a meeting with the person, family and independent experts that checks the care of an autistic person or person with a learning disability) were held.',
    ],
    // The entry's own word for one: "nurse", not "nursis" (as "analyses" → "analysis").
    [
      'Two learning disability liaison nurses work here.',
      'Two learning disability liaison nurses (a learning disability liaison nurse is a nurse in a hospital who helps patients with a learning disability get the right care and makes sure staff adapt how they work) work here.',
    ],
    // Not where another word carries the -s ("lacks"): that is no plural.
    [
      'A person who lacks capacity can get help.',
      "A person who lacks capacity (a person's ability to understand, remember and weigh up information about a decision when it needs making, and to share their choice) can get help.",
    ],
    // An -s the entry lists inside the term is no plural: one worker.
    [
      'Your transitions worker will visit.',
      "Your transitions worker (a worker who helps a young disabled person and their family plan the move from children's services to care for adults) will visit.",
    ],
    [
      'Your transitions workers will visit.',
      "Your transitions workers (workers who help a young disabled person and their family plan the move from children's services to care for adults) will visit.",
    ],
    // After the quotation marks around the words, not inside someone's words.
    [
      'He is waiting for “reablement” after his stay.',
      'He is waiting for “reablement” (short-term help at home, often free for up to six weeks, to help a person relearn everyday tasks and get their confidence back after illness) after his stay.',
    ],
    [
      "She said the 'care packages' were late.",
      "She said the 'care packages' (the care and support a person gets, such as home care visits or time at a day centre) were late.",
    ],
    [
      'She wants "home first reablement" now.',
      'She wants "home first reablement" (short-term help at home, often free for up to six weeks, to help a person relearn everyday tasks and get their confidence back after illness) now.',
    ],
  ])('%s', (text, expected) => {
    const finding = check(text, { profile: 'public' }).findings.find(
      (f) => f.ruleId === 'glossary-term',
    );
    expect(fixedTexts(text, finding)).toEqual([expected]);
  });
});

describe('a word that takes no plural, with the built-in glossary', () => {
  it('offers "transport" for "conveyances", never "transports"', () => {
    const text = 'The ward reduced avoidable conveyances to hospital.';
    const { fixed } = builtInReplacements(text);
    expect(fixed).toEqual(['The ward reduced avoidable transport to hospital.']);
  });
});

describe('a term that describes the noun after it, with the built-in glossary', () => {
  // No explanation in brackets between the two: "The Healthwatch (an independent
  // group …) team" splits a name. The finding still asks for an explanation.
  it.each<[string, string, string[]]>([
    ['The Healthwatch team visited the home.', 'Healthwatch', []],
    // The term's own closing bracket may come before the noun it describes.
    ['We charge a fee for section 18(3) requests.', 'section 18(3)', []],
    ['Ask about reflective practice sessions.', 'reflective practice', []],
    ['Other telecare equipment includes door sensors and bed sensors.', 'telecare', []],
    // A describing word the tagger reads as a verb by its last part ("-based", "-centred").
    ['The council runs four building-based day centres.', 'building-based', []],
    ['She wrote your person-centred care plan.', 'person-centred', []],
    [
      'Our care is person-centred.',
      'person-centred',
      [
        'Our care is person-centred (built around the person: what matters to them, what they want, and how they like things done).',
      ],
    ],
    // Nor a plain word that would not fit there ("breaks from caring decisions").
    ['We will raise short notice respite decisions at the discharge meeting.', 'respite', []],
    // A term the entry lists with an -s inside is read as written, not as a plural.
    ["Check the carers' assessment backlog.", "carers' assessment", []],
    // Where the next word is not a noun, the explanation fits: a word in -s after
    // one of the thing, then the start of its object, is its verb.
    [
      'A ReSPECT form records your wishes.',
      'ReSPECT form',
      [
        "A ReSPECT form (a form that records a person's wishes and their doctor's advice about emergency care and treatment, including whether to try to restart their heart) records your wishes.",
      ],
    ],
    [
      'A lipspeaker repeats what is said.',
      'lipspeaker',
      [
        'A lipspeaker (a trained person who repeats what is said without sound, clearly, so a deaf person can lip-read it) repeats what is said.',
      ],
    ],
    // A word in -s and a particle: a verb of two words.
    [
      'The Better Care Fund sets out our spending.',
      'Better Care Fund',
      [
        'The Better Care Fund (a national scheme where the NHS and councils put money into a shared fund to pay for joined-up health and care services locally) sets out our spending.',
      ],
    ],
    [
      'Ask for a carers’ assessment today.',
      'carers’ assessment',
      [
        'Ask for a carers’ assessment (a talk with the council, for someone who looks after a relative or friend, about how it affects their life and what would help) today.',
      ],
    ],
  ])('%s', (text, flagged, expected) => {
    const finding = check(text, { profile: 'public' }).findings.find(
      (f) => f.ruleId === 'glossary-term',
    );
    expect(finding?.text).toBe(flagged);
    expect(fixedTexts(text, finding)).toEqual(expected);
  });
});

describe('a verb ending in -s after its subject, with the built-in glossary', () => {
  // Not a plural noun: never "buyings".
  it.each<[string, string, string[]]>([
    [
      'The council commissions home care from 140 providers.',
      'commissions',
      ['The council buys home care from 140 providers.'],
    ],
    [
      'She commissions services for older people.',
      'commissions',
      ['She buys services for older people.'],
    ],
  ])('%s', (text, flagged, expected) => {
    expect(builtInReplacements(text)).toEqual({ flagged, fixed: expected });
  });
});

describe('an order at the start of a sentence, with the built-in glossary', () => {
  // "Commission the service": a verb, though the tagger reads a capital as a noun,
  // and "a manager." before it belongs to another sentence. No explanation in
  // brackets between the verb and its object; a noun entry keeps its noun ("Data
  // each month" in a table's heading).
  it.each<[string, string, string[]]>([
    [
      'We wrote to a manager. Commission the service in May.',
      'Commission',
      ['We wrote to a manager. Buy the service in May.'],
    ],
    ['Sign off the plan by May.', 'Sign off', ['Approve the plan by May.']],
    ['Review the plan with her.', 'Review', []],
    [
      'Signpost them to the hub.',
      'Signpost',
      ['Point them to the hub.', 'Direct them to the hub.'],
    ],
  ])('%s', (text, flagged, expected) => {
    const finding = check(text, { profile: 'public' }).findings.find((f) => f.text === flagged);
    expect(finding?.text).toBe(flagged);
    expect(fixedTexts(text, finding)).toEqual(expected);
  });
  it('but a noun entry keeps its noun', () => {
    const text = 'Data each month is 5GB.';
    const finding = check(text, { profile: 'easy-read' }).findings.find((f) => f.text === 'Data');
    expect(fixedTexts(text, finding)).toEqual(['Information each month is 5GB.']);
  });
});

describe('an alternative has the number the sentence gives the term, with the built-in glossary', () => {
  // Only alternatives that agree are offered: never "their care are reviewed",
  // "breaks from caring gives" or "a breaks from caring stay".
  it.each<[string, string, string[]]>([
    ['Their care packages are reviewed every year.', 'care packages', []],
    [
      'All escalations are logged by the duty team.',
      'escalations',
      ['All referrals are logged by the duty team.'],
    ],
    ['Respite gives carers a break.', 'Respite', []],
    ['We can arrange a respite stay for you.', 'respite stay', []],
    [
      'These packages are paid for by the council.',
      'packages',
      ['These services are paid for by the council.'],
    ],
    // A plural phrase takes its -s on its noun, past "being" and a participle.
    [
      'Cared-for people can join the group.',
      'Cared-for people',
      [
        'People being looked after can join the group.',
        'People you look after can join the group.',
      ],
    ],
    // After "of", the verb agrees with another word.
    ['Uptake of telecare has doubled.', 'telecare', ['Uptake of alarms and sensors has doubled.']],
    // Before the noun it describes, a noun term takes no phrase with "to" or "who".
    ['Ask about our advocacy service.', 'advocacy', []],
    [
      'The care recipient lives alone.',
      'care recipient',
      ['The person who gets care lives alone.'],
    ],
    // An adjective after "a" is still an adjective; the "a" agrees with what comes in.
    ['We use an evidence-based model.', 'an evidence-based', ['We use a proven model.']],
    ['We use evidence-based approaches.', 'evidence-based', ['We use proven approaches.']],
    // An -ing phrase is one thing.
    [
      'Polypharmacy is common in care homes.',
      'Polypharmacy',
      ['Taking many medicines is common in care homes.'],
    ],
  ])('%s', (text, flagged, expected) => {
    expect(builtInReplacements(text)).toEqual({ flagged, fixed: expected });
  });
});

describe('an abbreviation that starts a sentence, with the built-in glossary', () => {
  // Its replacement starts the sentence, so it takes the capital.
  it.each<[string, string, string[]]>([
    ['UTI treated with antibiotics.', 'UTI', ['Urine infection treated with antibiotics.']],
    ['She has a UTI.', 'UTI', ['She has a urine infection.']],
  ])('%s', (text, flagged, expected) => {
    expect(builtInReplacements(text)).toEqual({ flagged, fixed: expected });
  });
});

describe('a capital the writer gave after a label, with the built-in glossary', () => {
  // After a label's colon or a dash the writer's capital stays; mid-sentence it does not.
  it.each<[string, string, string[]]>([
    [
      'Thursday: Provider confirmed in writing.',
      'Provider',
      [
        'Thursday: Care company confirmed in writing.',
        'Thursday: Care service confirmed in writing.',
      ],
    ],
    [
      'Thursday – Provider confirmed in writing.',
      'Provider',
      [
        'Thursday – Care company confirmed in writing.',
        'Thursday – Care service confirmed in writing.',
      ],
    ],
    [
      'Thursday: the provider confirmed in writing.',
      'provider',
      [
        'Thursday: the care company confirmed in writing.',
        'Thursday: the care service confirmed in writing.',
      ],
    ],
    [
      'We met the Provider on Monday.',
      'Provider',
      ['We met the care company on Monday.', 'We met the care service on Monday.'],
    ],
  ])('%s', (text, flagged, expected) => {
    expect(builtInReplacements(text)).toEqual({ flagged, fixed: expected });
  });
});

describe('a replacement that says again the word before the term, with the built-in glossary', () => {
  // "domiciliary care care company": not offered.
  it.each<[string, string, string[]]>([
    ['Your domiciliary care provider will contact you.', 'provider', []],
    [
      'Your provider will contact you.',
      'provider',
      ['Your care company will contact you.', 'Your care service will contact you.'],
    ],
  ])('%s', (text, flagged, expected) => {
    const finding = check(text, { profile: 'public' }).findings.find((f) => f.text === flagged);
    expect(fixedTexts(text, finding).filter((fixed) => !fixed.includes('('))).toEqual(expected);
  });
});

describe('a replacement the sentence says already, with the built-in glossary', () => {
  // Never "a personal alarm, such as a personal alarm".
  it.each<[string, string, string[]]>([
    [
      'You can have a personal alarm, such as a pendant alarm, to call for help.',
      'pendant alarm',
      [],
    ],
    [
      'You can have a pendant alarm to call for help.',
      'pendant alarm',
      ['You can have a personal alarm to call for help.'],
    ],
  ])('%s', (text, flagged, expected) => {
    expect(builtInReplacements(text)).toEqual({ flagged, fixed: expected });
  });
});

describe('a short form inside a variant of an entry that writes it out, with the built-in glossary', () => {
  // "EHC plan" is found and written out; a list of words before "and" describes
  // the last one, which alone takes the plural.
  it.each<[string, string, string[]]>([
    [
      'Her EHC plan lasts until she is 25.',
      'EHC plan',
      ['Her education, health and care plan lasts until she is 25.'],
    ],
    [
      'Their EHC plans last until they are 25.',
      'EHC plans',
      ['Their education, health and care plans last until they are 25.'],
    ],
  ])('%s', (text, flagged, expected) => {
    expect(builtInReplacements(text)).toEqual({ flagged, fixed: expected });
  });
});

describe('a term that describes the noun after it, with the built-in glossary', () => {
  // Only words that can describe it too: never a clause ("person we support
  // group"), nor a noun that never describes another ("the person forum").
  it.each<[string, string, string[]]>([
    ['The client forum meets on Friday.', 'client', []],
    ['The service user group meets on Friday.', 'service user', []],
    ['The customer experience team reads every complaint.', 'customer', []],
    [
      'Every service user has a care plan.',
      'service user',
      [
        'Every person who uses care and support has a care plan.',
        'Every person has a care plan.',
        'Every person we support has a care plan.',
      ],
    ],
    [
      'The client moved on Friday.',
      'client',
      ['The person we support moved on Friday.', 'The person moved on Friday.'],
    ],
    [
      'We sent the placement agreement to her daughter.',
      'placement',
      ['We sent the home agreement to her daughter.'],
    ],
    [
      'Her placement ends in May.',
      'placement',
      ['Her home ends in May.', 'Her place to live ends in May.'],
    ],
    // A word in -s that ends the sentence is its verb where the term opens the
    // sentence; after another verb it is a noun the term describes.
    ['Her EHC plan lasts.', 'EHC plan', ['Her education, health and care plan lasts.']],
    // An -ing word with its own object cannot stand before the noun: never
    // "the care using technology pilot"; a pair still can.
    ['The technology-enabled care pilot grew by 20 per cent.', 'technology-enabled care', []],
    [
      'We expanded technology-enabled care last year.',
      'technology-enabled care',
      ['We expanded care using technology last year.'],
    ],
    [
      'The joint commissioning arrangements are new.',
      'joint commissioning',
      ['The joint planning and buying arrangements are new.'],
    ],
    ['We read the EHC plan reviews.', 'EHC plan', []],
  ])('%s', (text, flagged, expected) => {
    expect(builtInReplacements(text)).toEqual({ flagged, fixed: expected });
  });
});

describe('a past participle without "has" or "was", with the built-in glossary', () => {
  // Its own form, "not" before it or "by" after it says it is a participle, not a past tense.
  it.each<[string, string, string[]]>([
    [
      'Assessments undertaken last year showed gaps.',
      'undertaken',
      ['Assessments carried out last year showed gaps.', 'Assessments done last year showed gaps.'],
    ],
    [
      'Work not undertaken will be rolled over.',
      'undertaken',
      ['Work not carried out will be rolled over.', 'Work not done will be rolled over.'],
    ],
    [
      'The service delivered by the charity is good.',
      'delivered',
      ['The service run by the charity is good.'],
    ],
    [
      'Training not delivered this year will move to next year.',
      'delivered',
      ['Training not run this year will move to next year.'],
    ],
    // A past tense stays one.
    ['We delivered the training in May.', 'delivered', ['We ran the training in May.']],
  ])('%s', (text, flagged, expected) => {
    expect(builtInReplacements(text)).toEqual({ flagged, fixed: expected });
  });
});

describe('a phrase of its own before the noun a term describes, with the built-in glossary', () => {
  // Only an explanation fits there: never "getting ready for adult life team".
  it.each<[string, string, string[]]>([
    ['Your personal care calls are in the morning.', 'personal care', []],
    ['Our tenancy sustainment workers help people keep their homes.', 'tenancy sustainment', []],
    ['Our preparing for adulthood team starts at 14.', 'preparing for adulthood', []],
    [
      'We are preparing for adulthood with her.',
      'preparing for adulthood',
      ['We are getting ready for adult life with her.'],
    ],
    // A phrase with "after" is one too, and it is one thing, whatever its last word.
    ['Post-diagnostic support groups meet weekly.', 'Post-diagnostic support', []],
    [
      'Post-diagnostic support is offered by the memory service.',
      'Post-diagnostic support',
      ['Support after diagnosis is offered by the memory service.'],
    ],
    // Nor one that says the noun after the term again.
    ['Our integrated commissioning plan is out.', 'integrated commissioning', []],
    // A verb's -ing form takes no "of" after it.
    ['Procurement of the service starts in May.', 'Procurement', []],
    ['Procurement starts in May.', 'Procurement', ['Buying starts in May.']],
    // Nor in an adjective's place before another describing word and its noun.
    ['We have two non-ambulant disabled residents.', 'non-ambulant', []],
    ['The interoperable digital systems went live.', 'interoperable', []],
    ['She is non-ambulant.', 'non-ambulant', ['She is unable to walk.']],
  ])('%s', (text, flagged, expected) => {
    expect(builtInReplacements(text)).toEqual({ flagged, fixed: expected });
  });
});

describe('a verb of several words and a pronoun after the term, with the built-in glossary', () => {
  // "put it in place", never "put in place it": the replacement takes the pronoun in.
  // With a noun, either order reads well.
  it.each<[string, string, string[]]>([
    // ("bring it in in May" says "in" twice.)
    ['We will implement it in May.', 'implement it', ['We will put it in place in May.']],
    ['Please escalate it now.', 'escalate it', ['Please pass it on now.']],
    ['Please escalate them to the duty team.', 'escalate', ['Please refer them to the duty team.']],
    // "her" and "this" before a noun own it or point to it: they stay outside.
    ['Please escalate her concerns now.', 'escalate', ['Please pass on her concerns now.']],
    ['Please escalate this concern now.', 'escalate', ['Please pass on this concern now.']],
    ['Please escalate that now.', 'escalate that', ['Please pass that on now.']],
    [
      'They will operationalise it next year.',
      'operationalise it',
      ['They will carry it out next year.'],
    ],
    ['We will disregard it.', 'disregard it', ['We will leave it out.']],
    // A verb in -ing and the noun it acts on, whatever the tagger makes of the verb.
    ['Staff are trained in safeguarding people.', 'safeguarding', []],
    ['All staff do safeguarding training every year.', 'safeguarding', []],
    [
      'This included reviewing packages of care.',
      'reviewing',
      ['This included checking packages of care.'],
    ],
    // After "the", a word in -ing and the noun after it are one noun phrase.
    ['Ask the safeguarding lead.', 'safeguarding', []],
    ['The commissioning starts in May.', 'commissioning', ['The buying starts in May.']],
    [
      'We will implement the plan in May.',
      'implement',
      ['We will put in place the plan in May.', 'We will bring in the plan in May.'],
    ],
  ])('%s', (text, flagged, expected) => {
    expect(builtInReplacements(text)).toEqual({ flagged, fixed: expected });
  });
});

describe('a verb of two words written with a hyphen, with the built-in glossary', () => {
  // "Step-down" is a noun: "move on" (a verb) does not fit; the verb still gets it.
  it.each<[string, string, string[]]>([
    ['Step-down is planned for May.', 'Step-down', []],
    [
      'He will step down from the ward next week.',
      'step down',
      ['He will move on from the ward next week.'],
    ],
  ])('%s', (text, flagged, expected) => {
    expect(builtInReplacements(text)).toEqual({ flagged, fixed: expected });
  });
});

describe('a term of several words used as a verb, with the built-in glossary', () => {
  // "dip sample" has noun and verb alternatives: after "will" or "we" it is the
  // verb, never "we will check of a few cases ten files".
  it.each<[string, string, string[]]>([
    [
      'We will dip sample ten case files each month.',
      'dip sample',
      ['We will spot-check ten case files each month.'],
    ],
    [
      'The dip sample found gaps.',
      'dip sample',
      ['The spot check found gaps.', 'The check of a few cases found gaps.'],
    ],
  ])('%s', (text, flagged, expected) => {
    expect(builtInReplacements(text)).toEqual({ flagged, fixed: expected });
  });
});

describe('an -ing phrase after an owner or "the", with the built-in glossary', () => {
  // Never "after your leaving hospital" or "the leaving hospital": the entry
  // says so, and offers its explanation there instead.
  it.each<[string, string, string[]]>([
    ['After your discharge from hospital, a nurse will visit.', 'discharge from hospital', []],
    ['The hospital discharge was late.', 'hospital discharge', []],
    [
      'After discharge from hospital, a nurse will visit.',
      'discharge from hospital',
      ['After leaving hospital, a nurse will visit.'],
    ],
  ])('%s', (text, flagged, expected) => {
    expect(builtInReplacements(text, 'easy-read')).toEqual({ flagged, fixed: expected });
  });
});

describe('a term with its own phrase after it, with the built-in glossary', () => {
  // Never "joined-up care of health and social care", "working together of
  // services" or "your share of the cost towards the cost of care".
  it.each<[string, string, string[]]>([
    ['Integration of health and social care is a national priority.', 'Integration', []],
    [
      'Integration of services takes time.',
      'Integration',
      ['Joined-up care of services takes time.'],
    ],
    ['Your contribution towards the cost of care is £45 a week.', 'contribution', []],
  ])('%s', (text, flagged, expected) => {
    expect(builtInReplacements(text)).toEqual({ flagged, fixed: expected });
  });
});

describe('a term that is half of a pair, with the built-in glossary', () => {
  // A replacement that moves the term's last word breaks a pair joined by "and" or
  // "or": the term is explained instead.
  it.each<[string, string, string[]]>([
    ['We are promoting independence and wellbeing for older people.', 'promoting independence', []],
    [
      'We are promoting independence for older people.',
      'promoting independence',
      ['We are helping people do more for themselves for older people.'],
    ],
    ['She needs one-to-one or two-to-one support at night.', 'two-to-one support', []],
    [
      'She needs two-to-one support at night.',
      'two-to-one support',
      ['She needs support from two workers at night.'],
    ],
    // A pair where each half is whole keeps its replacement.
    [
      'We ask service users and carers what they think.',
      'service users',
      [
        'We ask people who use care and support and carers what they think.',
        'We ask people and carers what they think.',
        'We ask people we support and carers what they think.',
      ],
    ],
  ])('%s', (text, flagged, expected) => {
    expect(builtInReplacements(text)).toEqual({ flagged, fixed: expected });
  });
});

describe('the message quotes what the suggestion replaces', () => {
  it.each<[string, string]>([
    // The article changes with the word, so both are quoted.
    ['We met an individual at the hub.', '“an individual” is jargon. Try “a person”.'],
    ['We met the individual at the hub.', '“individual” is jargon. Try “person”.'],
  ])('%s', (text, expected) => {
    const finding = check(text, { glossary, profile: 'public' }).findings.find(
      (f) => f.ruleId === 'glossary-term',
    );
    expect(finding?.message).toBe(expected);
  });
});

describe('an explanation after a plural', () => {
  // Made plural only where every verb still agrees; else the definition's own
  // words, which read as well after a plural ("check,s" and "decisions that staff
  // can show was reasonable" did not).
  it.each<[string, string]>([
    ['A person who lives in a care home.', ' (people who live in a care home)'],
    ['A worker who helps you at home.', ' (workers who help you at home)'],
    [
      'A plan that shows, step by step, how it works.',
      ' (plans that show, step by step, how it works)',
    ],
    ['A person aged 18 or over who needs care.', ' (people aged 18 or over who need care)'],
    ['Someone who looks after a relative.', ' (people who look after a relative)'],
    [
      "A check, at least once a year, that a person's care still works for them.",
      " (a check, at least once a year, that a person's care still works for them)",
    ],
    [
      'A decision that staff can show was reasonable.',
      ' (a decision that staff can show was reasonable)',
    ],
    [
      'Someone who gets and manages council money for a person.',
      ' (someone who gets and manages council money for a person)',
    ],
    [
      'A company that works out pay and sends payslips.',
      ' (a company that works out pay and sends payslips)',
    ],
    [
      'An amount of savings, set by the government, that decides what you pay.',
      ' (an amount of savings, set by the government, that decides what you pay)',
    ],
  ])('%s', (definition, expected) => {
    expect(explanation(definition, 'plural')).toBe(expected);
  });
});

describe('an explanation after a plural, when the definition speaks of one', () => {
  // Where the plural would not agree, the explanation says which one it means.
  it.each<[string, string, string]>([
    [
      'A machine with a sling or seat that lifts a person.',
      'hoist',
      ' (a hoist is a machine with a sling or seat that lifts a person)',
    ],
    [
      'A person, independent of the council, who helps someone say what they want.',
      'advocate',
      ' (an advocate is a person, independent of the council, who helps someone say what they want)',
    ],
    [
      'Someone who gets and manages council money for a person.',
      'appointee',
      ' (an appointee is someone who gets and manages council money for a person)',
    ],
    // Made plural where it agrees, and left alone where it does not speak of one.
    ['A person who lives in a care home.', 'resident', ' (people who live in a care home)'],
    [
      'The amount of savings above which you pay the full cost.',
      'upper capital limit',
      ' (the amount of savings above which you pay the full cost)',
    ],
  ])('%s', (definition, term, expected) => {
    expect(explanation(definition, 'plural', term)).toBe(expected);
    expect(explanation(definition, 'base', term)).toBe(
      ` (${definition.charAt(0).toLowerCase()}${definition.slice(1, -1)})`,
    );
  });
});

describe('no explanation between a verb and its object, or a describing word and its noun, with the built-in glossary', () => {
  // Every fix offered, explanations in brackets too, as whole sentences.
  it.each<[string, string, string[]]>([
    [
      'We co-produced the strategy with carers.',
      'co-produced',
      ['We made the strategy with carers.'],
    ],
    ['We will disregard it.', 'disregard it', ['We will leave it out.']],
    // A verb in -ing and the noun it acts on, whatever the tagger makes of the verb.
    ['Staff are trained in safeguarding people.', 'safeguarding', []],
    ['All staff do safeguarding training every year.', 'safeguarding', []],
    [
      'This included reviewing packages of care.',
      'reviewing',
      ['This included checking packages of care.'],
    ],
    // After "the", a word in -ing and the noun after it are one noun phrase.
    ['Ask the safeguarding lead.', 'safeguarding', []],
    ['The commissioning starts in May.', 'commissioning', ['The buying starts in May.']],
    // Nor between a describing word and the words it describes.
    ['She can get means-tested legal aid.', 'means-tested', []],
    // Nor inside words that belong together ("on top of").
    ['He said he was using on top of the methadone prescribed to him.', 'using on top', []],
    // A noun before "the" is not a verb: the explanation stays.
    [
      'The co-production the council promised never happened.',
      'co-production',
      [
        'The co-production (people who draw on care, their families and staff plan and decide things together, as equals, from the start) the council promised never happened.',
        'The working together as equals the council promised never happened.',
      ],
    ],
  ])('%s', (text, flagged, expected) => {
    const finding = check(text, { profile: 'public' }).findings.find(
      (f) => f.ruleId === 'glossary-term',
    );
    expect([finding?.text, fixedTexts(text, finding)]).toEqual([flagged, expected]);
  });
});

describe('a possessive, with the built-in glossary', () => {
  it.each<[string, string, string[]]>([
    ["Write the service user's name here.", "service user's", ["Write the person's name here."]],
    // A phrase whose noun is not its last word takes no 's: nothing fits.
    ["Care is arranged in the cared-for person's name.", "cared-for person's", []],
  ])('%s', (text, flagged, expected) => {
    expect(builtInReplacements(text)).toEqual({ flagged, fixed: expected });
  });
});
