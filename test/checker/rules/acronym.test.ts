import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checker/index';
import { fixedTexts } from '../fix';
import type { CheckOptions, ProfileName } from '../../../src/checker/types';
import { entry } from '../../helpers';
import { glossary, run, type Row } from './glossary';

describe('acronym', () => {
  it.each<[string, ProfileName, Row[]]>([
    ['The SCIE report is out.', 'plain', [['acronym', 'SCIE', 'warning']]],
    ['The Social Care Institute for Excellence (SCIE) is here. SCIE helps.', 'plain', []],
    ['SCIE (Social Care Institute for Excellence) is here. SCIE helps.', 'plain', []],
    [
      'SCIE helps. The Social Care Institute for Excellence (SCIE) is here.',
      'plain',
      [['acronym', 'SCIE', 'warning']],
    ],
    // Named right after its words, even in small letters: ", often called an AMHP".
    [
      'Ask for an approved mental health professional, often called an AMHP.\n\nThe AMHP decides.',
      'public',
      [],
    ],
    // Or set off by commas after its words.
    [
      'A rehabilitation officer for visual impairment, or ROVI, will visit. The ROVI is kind.',
      'public',
      [],
    ],
    [
      'A rehabilitation officer, sometimes called a ROVI, will visit.',
      'public',
      [['acronym', 'ROVI', 'warning']],
    ],
    [
      'Ask for a mental health worker, often called an AMHP.\n\nThe AMHP decides.',
      'public',
      [['acronym', 'AMHP', 'warning']],
    ],
    // A small word may give no letter ("and" in JAPG), though it starts with one.
    ['The Joint Action and Planning Group (JAPG) met. JAPG agreed.', 'plain', []],
    ['The Joint Action and Planning (JAPG) met.', 'plain', [['acronym', 'JAPG', 'warning']]],
    // A digit for a word that sounds like it, and a word written as one that gives two letters.
    ['We opened discharge to assess (D2A) beds. D2A beds are full.', 'plain', []],
    ['We opened discharge and assess (D2A) beds.', 'plain', [['acronym', 'D2A', 'warning']]],
    ['She had a Continuing Healthcare (CHC) assessment. The CHC team called.', 'plain', []],
    ['We spoke to the Health (HH) team.', 'plain', [['acronym', 'HH', 'warning']]],
    // Words in capitals across a full stop are not one run of shouting: "(PA). A PA".
    [
      'Employ a Personal Assistant (PA). A PA is someone you choose.\n\nYou pay your PA.',
      'public',
      [],
    ],
    ['PLEASE SEND THE PA FORM.', 'public', []],
    // An abbreviation that is also a word is still an abbreviation in capitals.
    ['Report it so that a SALT referral can be made.', 'plain', [['acronym', 'SALT', 'warning']]],
    ['The MASH will decide.', 'plain', [['acronym', 'MASH', 'warning']]],
    ['Ask your GP or the NHS in the UK.', 'plain', []],
    // A heading in capitals, across its colon, is shouting, not abbreviations.
    ['SAFEGUARDING ADULTS: RECORD OF MEETING\n\nWe met.', 'plain', []],
    ['HELPING ADULTS: NOTES\n\nWe met.', 'plain', []],
    ["EASTSHIRE CARERS' FORUM\n\nWe met.", 'public', []],
    ['FIRST-TIER TRIBUNAL (MENTAL HEALTH)\n\nWe met.', 'plain', []],
    ['HEALTH & CARE PANEL\n\nWe met.', 'plain', []],
    ['CAREWELL HOME CARE - STAFF NEWS\n\nWe met.', 'plain', []],
    [
      'Ask the PA (CHC) team.',
      'plain',
      [
        ['acronym', 'PA', 'warning'],
        ['acronym', 'CHC', 'warning'],
      ],
    ],
    ['The ICBS will decide.', 'plain', [['acronym', 'ICBS', 'warning']]],
    // Names the public knows, of charities, broadcasters and bodies.
    ['The RSPB runs a bird reserve, and ITV filmed it for the RSPCA.', 'plain', []],
    ['She opened an ISA, and Capital FM played her song.', 'plain', []],
    // Degrees everyone knows, also inside a hyphenated word.
    ['She has a PhD and a BSc, and a PhD-level job.', 'public', []],
    ['Write to us at PO Box 118, Northfield.', 'public', []],
    ['Register with HM Revenue and Customs and pay tax for them.', 'public', []],
    // The letters that start a reference number.
    ['Please quote ASC 0048213 when you call.', 'public', []],
    ['Your reference is ASC-0048213.', 'public', []],
    // Letters joined by slashes to the number, even ones the glossary knows.
    ['Please quote ASC/DP/48213 when you call.', 'public', []],
    ['Our reference: SG/24/08817', 'public', []],
    ['Safeguarding reference: ASC/SG/24-0917', 'plain', []],
    ['Case KT/24/118 is open.', 'public', []],
    // Or that end one: a planning application.
    ['Application number: 26/01482/FUL', 'public', []],
    ['Ask about 26 FUL forms.', 'public', [['acronym', 'FUL', 'warning']]],
    [
      'We use CHC/DST forms.',
      'public',
      [
        ['acronym', 'CHC', 'warning'],
        ['acronym', 'DST', 'warning'],
      ],
    ],
    ['The ASC team will call.', 'public', [['acronym', 'ASC', 'warning']]],
    // Inside a hyphenated word: named, with no swap that would not read ("CHC-funded").
    ['Two ARRS-funded posts will join.', 'plain', [['acronym', 'ARRS', 'warning']]],
    ['A CHC-funded bed was found.', 'plain', [['acronym', 'CHC', 'warning']]],
    ['Her PHQ-9 score was 14.', 'plain', [['acronym', 'PHQ', 'warning']]],
    ['The home is non-CQC-registered.', 'plain', [['acronym', 'CQC', 'warning']]],
    ['She had a Continuing Healthcare (CHC) assessment. A CHC-funded bed was found.', 'plain', []],
    ['COVID-19 rules ended. The UK-wide and NHS-funded plan. SARS-CoV-2.', 'plain', []],
    // Codes: a car registration, a flight.
    ['My car is AB12 CDE and it is blue.', 'plain', []],
    ['We flew on BA2490 to Rome.', 'plain', []],
    // A card payment as a bank statement shows it.
    ['You paid FASTPAY*GIFTCARDS twice.', 'public', []],
    ['You paid FASTPAY twice.', 'public', [['acronym', 'FASTPAY', 'warning']]],
    ['The CDE team will call.', 'plain', [['acronym', 'CDE', 'warning']]],
    // A rank before a name is a title; initials in brackets after a name are not a Roman numeral.
    ['DS Rachel Kemp (RK) joined the meeting.', 'plain', []],
    ['The DS will call you.', 'plain', [['acronym', 'DS', 'warning']]],
    ['Dora Lyle (DL) lives here.\n\nWe met DL on Monday.', 'plain', []],
    ['King Charles III opened the ward.', 'plain', []],
    // A protective marking at the top of a paper is a label, not an abbreviation.
    ['**OFFICIAL SENSITIVE: not for sharing outside the agencies listed**', 'plain', []],
    // A heading is no place to write it out: the first use in body text counts.
    [
      '## Our CQC inspection\n\nThe Care Quality Commission (CQC) inspected us in May.',
      'plain',
      [],
    ],
    [
      '## Our CQC inspection\n\nThe CQC inspected us in May.',
      'plain',
      [['acronym', 'CQC', 'warning']],
    ],
    [
      '## Our CQC inspection\n\nThe inspectors came in May.',
      'plain',
      [['acronym', 'CQC', 'warning']],
    ],
    // Letters numbered: a reference in a table or a plan, not an abbreviation.
    ['| Ref | Action |\n| --- | --- |\n| ASC1 | Open a new day centre |', 'plain', []],
    ['Sales rose in Q3.', 'plain', []],
    ['We used D2A beds.', 'plain', [['acronym', 'D2A', 'warning']]],
    // "as" is a small word; a long word may give its own first three letters.
    ['We sell software-as-a-service (SaaS) to small firms.', 'plain', []],
    ['We track customer satisfaction (CSAT) every month.', 'plain', []],
    ['We track customer service (CSAT) every month.', 'plain', [['acronym', 'CSAT', 'warning']]],
    // A numbered form's code.
    ['You will need to fill in form COP1A.', 'plain', []],
    // … or one in brackets after the form's name.
    ["Send a copy of the vehicle's registration document (V5C).", 'public', []],
    ['Send a copy of the V5C.', 'public', [['acronym', 'V5C', 'warning']]],
    ['Fill in the form (SFR) and send it.', 'public', [['acronym', 'SFR', 'warning']]],
    // … or said to stand for its words.
    ['SFR stands for single funding review.', 'plain', []],
    ['SFR stands for safety.', 'plain', [['acronym', 'SFR', 'warning']]],
    // Named right after what it stands for is explained.
    ['Staff move to the new employer on the same terms. This is called TUPE.', 'plain', []],
    ['Staff move to the new employer under TUPE.', 'plain', [['acronym', 'TUPE', 'warning']]],
    // … with "a" or "the" before it, or after "We can also say": in easy read the
    // sentence that brings it in is left whole; later uses are still written out.
    [
      'You need a check on your past. This is called a DBS check. The DBS check is free.',
      'easy-read',
      [['acronym', 'DBS', 'warning']],
    ],
    [
      'A personal assistant helps you. We can also say PA. Your PA is Sam.',
      'easy-read',
      [['acronym', 'PA', 'warning']],
    ],
    ['The MDT met. The MDT agreed.', 'plain', [['acronym', 'MDT', 'warning']]],
    ['The multi-disciplinary team (MDT) met.', 'plain', []],
    // "or" may stand where the usual words have "and", giving its letter or not.
    ['Children with special educational needs or disabilities (SEND) can ask.', 'public', []],
    // A shorter abbreviation in the words gives all its letters: only SEND is left to write out.
    [
      'Ask the SEND Information, Advice and Support Service (SENDIASS). SENDIASS is free.',
      'public',
      [['acronym', 'SEND', 'warning']],
    ],
    [
      'Ask the SEND Service (SENDIASS).',
      'public',
      [
        ['acronym', 'SEND', 'warning'],
        ['acronym', 'SENDIASS', 'warning'],
      ],
    ],
    // A hyphened word gives a letter for each part, at the start of a sentence too.
    ['Multi-Agency Safeguarding Hub (MASH) met today. The MASH agreed.', 'plain', []],
    // A word may give its own first two letters: "coordinator" for CO.
    ['The special educational needs coordinator (SENCO) will invite you.', 'public', []],
    [
      'The special needs team (SENCO) will invite you.',
      'public',
      [['acronym', 'SENCO', 'warning']],
    ],
    // An earlier use of the same abbreviation does not write it out.
    [
      '**Fire and Rescue (HB):** A home visit was done. HB fitted alarms.',
      'easy-read',
      [
        ['acronym', 'HB', 'warning'],
        ['acronym', 'HB', 'warning'],
      ],
    ],
    ['Two KPIs (key performance indicators) fell.', 'plain', []],
    ['The terms of reference (ToR) changed.', 'plain', []],
    [
      'The Big Lottery Fund (BLF) and the council (SC) met.',
      'plain',
      [['acronym', 'SC', 'warning']],
    ],
    ['PLEASE READ THIS NOW.', 'plain', []],
    // A department's name in a postal address, not in a sentence about it.
    [
      '- Write to us at: ASC Budget Consultation, Westbury Borough Council, Town Hall, Westbury WB1 1AA.',
      'plain',
      [],
    ],
    [
      'The ASC team moved to Town Hall, Westbury WB1 1AA.',
      'plain',
      [['acronym', 'ASC', 'warning']],
    ],
    // Two words in capitals, one a small word: stress, not an abbreviation.
    ['The project is ON HOLD until May.', 'plain', []],
    ['Please DO NOT park here.', 'plain', []],
    ['Ask the DO about it.', 'plain', [['acronym', 'DO', 'warning']]],
    // Initials of people in the meeting's list of who came, wherever the list sits.
    [
      'Date: 12 November Present: Cllr J Ahmed (Chair), Cllr S Evans Officers: K Ward (Director), T Lee (Head of Service)\n\nTL presented the report. SE asked about travel time.',
      'plain',
      [],
    ],
    ['Present – Jo Baxter, Tom Reilly\n\nJB agreed to write to TR.', 'plain', []],
    // A job title with capitals before the name: the person's own initials too.
    [
      'Present: Station Manager Chris Lowe (Fire and Rescue), Jo Smith\n\nCL and SMCL visited.',
      'plain',
      [],
    ],
    ['TL presented the report.', 'plain', [['acronym', 'TL', 'warning']]],
    // Initials of someone the paper names by first name and surname, anywhere in it.
    ['**Decision maker:** Priya Nandra, Social Worker\n\n**Owner:** PN.', 'plain', []],
    ['**Decision maker:** Priya Nandra\n\n**Owner:** PX.', 'plain', [['acronym', 'PX', 'warning']]],
    [
      'Priya Nandra, Social Worker\n\n1. Book a visit. **Owner:** PN. **By:** 21 November.',
      'plain',
      [],
    ],
    ['**Owner:** PN.', 'plain', [['acronym', 'PN', 'warning']]],
    // … alone after a label: in a sentence the letters may mean something else.
    [
      'Mary Smith joined the group.\n\nShe has MS and uses a wheelchair.',
      'plain',
      [['acronym', 'MS', 'warning']],
    ],
    // (Easy read writes them out, and letters the lists know are still read as before.)
    ['Priya Nandra will call.\n\n**Owner:** PN.', 'easy-read', [['acronym', 'PN', 'warning']]],
    ['Chapter IV is long.', 'plain', []],
    [
      'Ask your GP. Ask your GP.',
      'easy-read',
      [
        ['acronym', 'GP', 'warning'],
        ['acronym', 'GP', 'warning'],
      ],
    ],
    ['Ask the NHS.', 'easy-read', []],
    ['Any AOB?', 'plain', [['acronym', 'AOB', 'warning']]],
  ])('%s (%s)', (text, profile, expected) => {
    expect(run(text, profile).filter(([rule]) => rule === 'acronym')).toEqual(expected);
  });

  /** The abbreviation findings in Markdown `text`: each one's words and message. */
  const acronymsIn = (text: string, options: Omit<CheckOptions, 'format'>) =>
    check(text, { ...options, format: 'markdown' })
      .findings.filter((f) => f.ruleId === 'acronym')
      .map((f) => [f.text, f.message]);

  // Initials alone in a table's cell: who owns the action (easy read writes them out too).
  it.each<[string, ProfileName, string[]]>([
    [
      '| Action | Owner |\n| --- | --- |\n| Fix the rota | JB |\n| Book the room | AP / LG |',
      'plain',
      [],
    ],
    ['| Action | Owner |\n| --- | --- |\n| Ask JB to fix the rota | Anna |', 'plain', ['JB']],
    ['| Action | Owner |\n| --- | --- |\n| Fix the rota | TBC |', 'plain', ['TBC']],
    ['| Action | Owner |\n| --- | --- |\n| Fix the rota | AOB |', 'plain', ['AOB']],
    ['| Action | Owner |\n| --- | --- |\n| Fix the rota | JB |', 'easy-read', ['JB']],
  ])('initials in a table: %s (%s)', (text, profile, expected) => {
    expect(acronymsIn(text, { glossary, profile }).map(([words]) => words)).toEqual(expected);
  });
  // Letters talked about as a word are not used: 'once for "TOR"'.
  it.each<[string, string[]]>([
    ['Tom held up the red card twice, once for "TOR" and once for "ASC".', []],
    ['Tom held up the red card for "TOR". The TOR were agreed.', ['TOR']],
    ['We agreed the "TOR" at the last meeting.', ['TOR']],
  ])('quoted letters: %s', (text, expected) => {
    expect(acronymsIn(text, { profile: 'plain' }).map(([words]) => words)).toEqual(expected);
  });
  it('offers no written-out words when the entry’s name holds the letters ("RAG rating")', () => {
    const rag = entry({
      id: 'rag-rating',
      term: 'RAG rating',
      abbreviations: ['RAG'],
      action: 'explain',
      audiences: ['public'],
    });
    const found = check('The RAG column is red.', { glossary: [rag], profile: 'plain' }).findings;
    expect(
      found.map((f) => [f.ruleId, f.text, f.message, f.suggestions, f.entryId, f.definition]),
    ).toEqual([
      [
        'acronym',
        'RAG',
        'Write “RAG” in full the first time you use it.',
        [],
        'rag-rating',
        'What RAG rating means.',
      ],
    ]);
  });

  it.each<[string, string[][]]>([
    // The entry's name the letters spell: a variant of "medically optimised".
    [
      'Mrs Pryce has been MFFD since Sunday.',
      [['MFFD', 'Write “MFFD” in full the first time you use it: “medically fit for discharge”.']],
    ],
    // The writer's own job title under "Yours sincerely" is left alone; the text is not.
    ['Yours sincerely,\n\nGrace Adeyemi\nCHC Nurse Assessor', []],
    [
      'We have looked at CHC for you.\n\nYours sincerely,\n\nGrace Adeyemi\nCHC Nurse Assessor',
      [['CHC', 'Write “CHC” in full the first time you use it: “NHS continuing healthcare”.']],
    ],
    // Its own entry's words before it in brackets write it out, though the
    // letters come from an older name.
    ['Learning from Lives and Deaths (LeDeR) looks at deaths. The LeDeR team met.', []],
    [
      'Learning from deaths (LeDeR) looks at deaths.',
      [
        [
          'LeDeR',
          'Write “LeDeR” in full the first time you use it: “Learning from Lives and Deaths”.',
        ],
      ],
    ],
  ])('with the built-in glossary: %s', (text, expected) => {
    expect(acronymsIn(text, { profile: 'public' })).toEqual(expected);
  });

  it('offers the glossary expansion and definition', () => {
    const finding = check('The DoLS team will visit.', { glossary }).findings.find(
      (f) => f.ruleId === 'acronym',
    );
    expect(finding?.suggestions).toEqual([
      { kind: 'replace', text: 'Deprivation of Liberty Safeguards (DoLS)' },
    ]);
    expect(finding?.entryId).toBe('deprivation-of-liberty-safeguards');
    const easy = check('Any AOB?', { glossary, profile: 'easy-read' }).findings.find(
      (f) => f.ruleId === 'acronym',
    );
    expect(easy?.suggestions).toEqual([{ kind: 'replace', text: 'any other business' }]);
  });

  it('writes a plural short form out in the plural', () => {
    const therapists = entry({
      id: 'occupational-therapist',
      term: 'occupational therapist',
      abbreviations: ['OT'],
      action: 'expand',
      pos: 'noun',
    });
    const finding = check('The OTs will visit.', {
      glossary: [...glossary, therapists],
    }).findings.find((f) => f.ruleId === 'acronym');
    expect(finding?.message).toBe(
      'Write “OTs” in full the first time you use it: “occupational therapists”.',
    );
    expect(finding?.suggestions).toEqual([
      { kind: 'replace', text: 'occupational therapists (OTs)' },
    ]);
  });

  it.each<[string, string]>([
    ['The ICBs met in May.', 'The Integrated Care Boards (ICBs) met in May.'],
    ['The ICB met in May.', 'The Integrated Care Board (ICB) met in May.'],
    ['The SABs met in May.', 'The Safeguarding Adults Boards (SABs) met in May.'],
  ])(
    'writes a name with capitals out in the plural too, with the built-in glossary: %s',
    (text, fixed) => {
      const finding = check(text, { profile: 'public' }).findings.find(
        (f) => f.ruleId === 'acronym',
      );
      expect(fixedTexts(text, finding)).toEqual([fixed]);
    },
  );

  it.each<[string, string]>([
    ['They left the ATUs.', 'They left the assessment and treatment units (ATUs).'],
    ['They left the ATU.', 'They left the assessment and treatment unit (ATU).'],
  ])('writes a name out in the plural at its last word only: %s', (text, fixed) => {
    const unit = entry({
      id: 'atu',
      term: 'assessment and treatment unit',
      abbreviations: ['ATU'],
      action: 'expand',
      pos: 'noun',
    });
    const finding = check(text, { glossary: [...glossary, unit] }).findings.find(
      (f) => f.ruleId === 'acronym',
    );
    expect(fixedTexts(text, finding)).toEqual([fixed]);
  });

  it.each<[ProfileName, string]>([
    ['public', 'The Integrated Care Board’s (ICB’s) plan is out.'],
    ['easy-read', 'The Integrated Care Board’s plan is out.'],
  ])('keeps a possessive when it writes a short form out (%s)', (profile, fixed) => {
    const text = 'The ICB’s plan is out.';
    const finding = check(text, { profile }).findings.find((f) => f.ruleId === 'acronym');
    expect(fixedTexts(text, finding)).toEqual([fixed]);
  });

  it.each<[ProfileName, string, string]>([
    [
      'public',
      'The ICB’s plan is out.',
      'Write “ICB” in full the first time you use it: “Integrated Care Board”.',
    ],
    ['public', 'Do the RFU’s course.', 'Write “RFU” in full the first time you use it.'],
    [
      'easy-read',
      'Do the RFU’s course.',
      'Write “RFU” in full words: easy read does not use abbreviations.',
    ],
  ])('names the short form without its owner’s ’s (%s: %s)', (profile, text, message) => {
    const finding = check(text, { profile }).findings.find((f) => f.ruleId === 'acronym');
    expect(finding?.message).toBe(message);
  });

  it('leaves a short form that is a glossary word of its own to the glossary: one finding, with the plain word', () => {
    const gp = entry({
      id: 'gp',
      term: 'GP',
      pos: 'noun',
      alternatives: ['doctor'],
      match: { caseSensitive: true },
    });
    const findings = check('Ask your GP.', {
      glossary: [...glossary, gp],
      profile: 'easy-read',
    }).findings;
    expect(findings.map((f) => [f.ruleId, f.text, f.suggestions])).toEqual([
      ['glossary-term', 'GP', [{ kind: 'replace', text: 'doctor' }]],
    ]);
  });

  it('leaves a short form inside a glossary term to the term’s finding: one finding, not two', () => {
    const rag = entry({
      id: 'rag-rating',
      term: 'RAG rating',
      variants: ['RAG rated'],
      abbreviations: ['RAG'],
      action: 'explain',
      definition: 'A score of red, amber or green.',
    });
    const findings = check('Each action was RAG rated.', {
      glossary: [...glossary, rag],
    }).findings;
    expect(findings.map((f) => [f.ruleId, f.text])).toEqual([['glossary-term', 'RAG rated']]);
  });
  it('names an abbreviation inside a hyphenated word, at its first use, with no swap that would not read', () => {
    const findings = check('A CHC-funded bed was found.\n\nThe CHC team called.', {
      profile: 'plain',
    }).findings.filter((f) => f.ruleId === 'acronym');
    expect(findings.map((f) => [f.text, f.start, f.message, f.suggestions])).toEqual([
      ['CHC', 2, 'Write “CHC” in full the first time you use it: “NHS continuing healthcare”.', []],
    ]);
  });
  // In the everyday sense the letters are still to be written out, but the
  // entry's words are not what they mean there.
  it.each<[string, string[]]>([
    [
      'He was charged with TWOC after taking a car.',
      ['Write “TWOC” in full the first time you use it.'],
    ],
    [
      'A TWOC is planned for Monday.',
      ['Write “TWOC” in full the first time you use it: “trial without catheter”.'],
    ],
  ])('keeps to the everyday senses of the entry a short form belongs to: %s', (text, expected) => {
    const twoc = entry({
      id: 'trial-without-catheter',
      term: 'trial without catheter',
      abbreviations: ['TWOC'],
      action: 'explain',
      definition: 'A check that a person can pass urine once a catheter is taken out.',
      match: { everyday: ['charged|arrested ~'] },
    });
    const findings = check(text, { glossary: [...glossary, twoc], profile: 'public' }).findings;
    expect(findings.filter((f) => f.ruleId === 'acronym').map((f) => f.message)).toEqual(expected);
  });
  it.each<[string, string[]]>([
    [
      'The referral was closed NFA after the duty check.',
      ['Write “NFA” in full the first time you use it.'],
    ],
    [
      'Ten NFA patients were waiting to leave the ward.',
      ['Write “NFA” in full the first time you use it: “no fixed abode”.'],
    ],
    // A code such as "P1" is no abbreviation to write out.
    ['It was a P1 call on the help desk.', []],
    // Written out in brackets after the word it describes.
    ['Use the SBAR tool (Situation, Background, Assessment, Recommendation) to hand over.', []],
    [
      'Use the SBAR tool (see page 4) to hand over.',
      ['Write “SBAR” in full the first time you use it.'],
    ],
    // A short form with a hyphen is found whole.
    [
      'The CAS-3 bed was offered.',
      [
        'Write “CAS-3” in full the first time you use it: “Community Accommodation Service Tier 3”.',
      ],
    ],
    [
      'The ASC-FR return is due.',
      ['Write “ASC-FR” in full the first time you use it: “Adult Social Care Finance Return”.'],
    ],
  ])('with the built-in glossary: %s', (text, expected) => {
    const findings = check(text, { profile: 'plain' }).findings;
    expect(findings.filter((f) => f.ruleId === 'acronym').map((f) => f.message)).toEqual(expected);
  });
});
