/**
 * When a term counts as explained. Only body text explains, and only with a
 * sentence that defines the term:
 *
 * - after it: "X (what it means)", "X means …", "X refers to …", "X is when
 *   …", "X is a way of …", "X is a service that …", "X is short-term help
 *   to …" (or ", which is …" in the same places), "X – what it means",
 *   "X: whether he could …";
 * - before it: "…, called X", "known as X", "is sometimes called being
 *   "X"", "what we call X", "what it means (X)", and "If you look after
 *   someone …, you are a X";
 * - in its own sentence, when it starts it: "A direct payment is an agreed
 *   amount of money …" (what kind of thing it is);
 * - set off by a comma: "…, a team of hospital and council staff who …";
 * - what it is for, when it is done or arranged: "We will do a financial
 *   assessment to work out how much you will pay";
 * - after "What is X?": "It is …", "These are …";
 * - in the next sentence: "This means …", "It is when …", "This looks at
 *   …", "It works out …", "This is the amount of money …", or the term
 *   saying what it is or does: "… a carer. A carer is a person who …",
 *   "… more short breaks. A short break lets a carer rest …". (On its own,
 *   "Peer support helps people" does not say what peer support is: only a
 *   sentence that follows a use explains this way.)
 *
 * "Means" that gives a consequence ("which means he will have to …", "This
 * means you must …") does not explain.
 *
 * - a label, then what it is: "Advocacy: someone who helps you …";
 * - a block that holds only the term (a table's cell, a word in bold on its
 *   own line), then a cell or sentence that says what it is ("Advocacy |
 *   Someone who helps you …"); a heading that is only the term, then "This
 *   is …".
 *
 * A title, heading, contents line, list label ("Personalisation: …") or
 * caption never explains by itself, and a use is explained only from that
 * point on.
 */
import { sentenceOf, wordAt } from './context';
import type { PhraseMatch } from '../glossary/matcher';
import type { BlockInput } from './input';
import type { PhraseValue } from './lists';
import type { ProfileName } from './types';
import { isTitleLine } from './prose';

/**
 * `true`, `false`, or, when only the next block's first sentence can tell,
 * `next-block` (or `answer-in-next-block` after "What is X?", and
 * `defined-in-next-block` for a block that holds only the term: a table's
 * cell, a word in bold on its own line, a definition list's word).
 */
export type Explained =
  | boolean
  | 'next-block'
  | 'next-block-not-it'
  | 'answer-in-next-block'
  | 'defined-in-next-block'
  | 'in-cell';

/** Words that say what kind of thing a term is: "a conversation", "the amount". */
const KINDS =
  'conversation|talk|chat|discussion|interview|questionnaire|meeting|check|look|payment|sum|amount|statement|record|note|letter|service|plan|visit|place|team|group|person|way|kind|type|form|list|document|paper|booklet|leaflet|folder|machine|pump|alarm|sensor|doctor|nurse|professional|worker|officer|panel|board|body|organisation|court|tribunal|order|scheme|programme|course|project|benefit|grant|allowance|equipment|device|member|cost|regulator|charity|champion|area|room|space|unit|box|staff|company|business|thing|agreement|contract|arrangement|flat|home|house|building|budget|fund|law|condition|rule|promise|pledge|commitment|specialist|adviser|advisor|part of the law|part of the act';
/**
 * The start of what a thing is, without the thing's name: "someone who helps
 * you …", "money from the council …", "a meeting where …". (Not "when you
 * turn 18 …": when something happens is not what it is.) It follows a
 * label ("Advocacy: someone who …") or a block that holds only the term (a
 * table's "Advocacy | Someone who …").
 */
const DEFINITION_OPENING = new RegExp(
  [
    String.raw`^\s*["“‘']?(?:someone|somebody|a person|people|anyone|the person|a group of people)\s+(?:who|whose|you|we|they|that)\b`,
    // "Short breaks: someone stays with you for a weekend …": who comes, and what they do for you.
    String.raw`^\s*["“‘']?(?:someone|somebody|a (?:trained |paid )?(?:person|worker|carer|volunteer|nurse))\s+(?:stays|comes|visits|lives|helps|looks after|cares for|sits)\s+(?:with\s+|to\s+|at\s+|in\s+)?(?:you|your|them|their|the person)\b`,
    // "Short-term help at home", "Time away from caring": what kind of thing, and what for.
    String.raw`^\s*["“‘']?(?:(?:an?\s+)?[\p{L}-]+\s+){0,2}?(?:money|help|support|advice|care|equipment|information|payments?|time|a way|ways|a break|breaks)(?:\s+(?:away|off|out))?\s+(?:from|that|to|for|you|we|with|at|when|given|paid|which|in|of|so)\b`,
    String.raw`^\s*["“‘']?(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:${KINDS})s?\s+(?:that|which|who|where|when|for|to|from|with|about|of|you|we|given|paid|run|funded|offered|provided|in|at|on|between|by)\b`,
  ].join('|'),
  'iu',
);

/** A cell that starts by saying what the thing in the cell before does: "Tells us if …", "Sends an alert when …". */
const DOES_OPENING =
  /^\s*(?:tells|sends|lets|helps|alerts|warns|reminds|checks|shows|detects|senses|notices|measures|records|calls|turns|switches|links|connects|gives|pays for|covers)\s+\p{Ll}/iu;

/**
 * A cell that says what happens to the reader under the term in the cell
 * before, as a sentence: "| Pathway 1 | You go home with support from the
 * reablement team. |", "| Pathway 3 | You need to move to a care home. |".
 */
const WHAT_YOU_GET =
  /^\s*you\s+(?:(?:need to|will|may|usually)\s+)?(?:go|get|stay|move|receive|have|live|are given|can get|can have)\s+\p{Ll}/iu;

/**
 * Whether the block after one that holds only a term says what it is: the
 * next cell of a table ("Advocacy | Someone who helps you …"), or a sentence
 * after a word in bold on its own line. (Not the next line of a list of
 * services: "Telecare", then "Support for carers".)
 */
export function definesWholeBlock(term: BlockInput, next: BlockInput): boolean {
  const text = next.text.text;
  // Under a heading, only "This is …" says what it is ("## Advocacy", then
  // "People who need it can ask us." is a topic).
  if (term.block.kind === 'heading') return false;
  // "| Bed sensor | Tells us if you get up at night … |": what it does, in the next cell.
  if (
    term.block.kind === 'table-cell' &&
    next.block.kind === 'table-cell' &&
    (DOES_OPENING.test(text) || (WHAT_YOU_GET.test(text) && SENTENCE_END.test(text.slice(-24))))
  )
    return true;
  if (!DEFINITION_OPENING.test(text.slice(0, 120))) return false;
  if (term.block.kind === 'table-cell') return next.block.kind === 'table-cell';
  return next.block.kind !== 'list-item' && SENTENCE_END.test(text.slice(-24));
}

/** Words that, with figures, say how much or when, not what a thing is: "(currently £23,250)". */
const FIGURE_WORDS =
  '(?:currently|now|about|around|approximately|roughly|up|to|at|least|most|over|under|less|more|than|from|since|until|in|on|by|was|is|per|a|an|each|every|and|or|weeks?|months?|years?|hours?|days?|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b';

/** Words that make "the … way" a claim about the thing rather than what it is. */
const SUPERLATIVES =
  'best|worst|quickest|fastest|easiest|simplest|cheapest|safest|most|least|only|main|biggest|largest|first|last|right|wrong';
/** After the term. */
const EXPLAINED_AFTER = new RegExp(
  [
    // "X (short-term help at home)": two or more words in brackets, not an
    // abbreviation, nor a pointer to a form, a page or a numbered part ("(Form 4)",
    // "(see page 4)", "(Standard 14: Handling information)").
    // (Nor a list of names: "four lots (North, South, Coastal and City)"; nor a
    // figure or a date: "the upper capital limit (currently £23,250)".)
    String.raw`^\s*\((?![\p{Lu}\d]{2,}s?\))(?!(?:\s*(?:${FIGURE_WORDS}|[£$€]?\d[\d,.]*(?![\d,.])(?:%|p|k|m|bn|st|nd|rd|th)?|[-–/,]))+\s*\))(?!\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:\s*,\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)*(?:\s*,)?\s+(?:and|or|&)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*\))(?!\s*(?:(?:[Ss]ee|[Ff]orm|[Pp]age|[Pp]ages|[Aa]ppendix|[Aa]nnex|[Ss]ection|[Pp]aragraph|[Pp]ara|[Tt]able|[Ff]igure|[Cc]hapter|[Ss]chedule|[Rr]ef|[Rr]eference|pp?\.)\b|(?:[Ss]tandard|[Rr]egulation|[Aa]rticle|[Cc]lause|[Rr]ule|[Pp]art|[Ss]tep|[Ss]tage|[Ll]evel)\s+\d))[^)]*\s[^)]*\)`,
    // (Not "the grant means test": a means test is a thing.)
    String.raw`^,?\s*(?:which |that |this )?(?:only |just |simply )?(?:means(?!\s+test)|meaning|refers to|describes|stands for|is short for)\b`,
    // "Double-handed care means two care workers come": with the word it describes.
    // (Not "… rules mean the rent is met": what rules do; nor "is means-tested".)
    String.raw`^\s+(?:care|support|help|visits?|calls?|services?|workers?|staff|payments?|arrangements?|beds?|places?)\s+(?:means|mean|refers? to)(?![-‐‑]|\s+test)\b`,
    // "carer's leave, which lets you take a week off": what it lets you do; "the
    // community connectors service, which links people to local groups": what it does.
    String.raw`^(?:\s+(?:service|team|scheme|project|programme))?,\s*which\s+(?:lets|allows|helps|pays|links|connects|supports|gives|offers|finds|visits|works with)\s+(?:(?:around|about|over|up to|more than)\s+)?(?:[\d,]+\s+)?(?:you|people|carers|them|a person|adults|older people|families)\b`,
    // "a service charge, which covers cleaning …": what it pays for.
    String.raw`^,\s*which\s+(?:covers|pays for)\s+(?:things|the cost|costs?|what|cleaning|repairs)\b`,
    // "Carer's Credit, which protects your National Insurance record": what it keeps safe.
    String.raw`^,\s*which\s+protects\s+(?:you|your|people|adults|them|their|his|her)\s+\p{L}`,
    // "the Care Quality Commission, which checks how care is given": what it does;
    // "a carer's assessment, which looks at what help you need": what it finds out.
    String.raw`^,\s*which\s+(?:checks|inspects|regulates|makes sure|looks at|works out|finds out|will (?:check|inspect|make sure|look at|work out|find out))\s+(?:how|whether|that|what|if|care|services|homes|hospitals|you|people|your|their|us|them|it)\b`,
    String.raw`^(?:,?\s*|,\s*which\s+)(?:is|are)\s+(?:when|where|what|how|about|the (?:name|word|term) for|a way|ways|people who|someone (?:(?:at|in|from|on|with) (?:[\p{L}'’-]+ ){1,3}?)?(?:who|whose|you|we|they|that)|someone (?:the|a|an|your|their|his|her|our) [\p{L}-]+ \p{Ll}[\p{L}-]*[^s\s]s|anyone who|anybody who|something that|money that|money which|help that|support that)\b`,
    // "Carer's leave is for employees who …": who it is for.
    String.raw`^\s*(?:is|are)\s+(?:only\s+)?for\s+(?:[\p{L}'’-]+\s+){1,2}?(?:who|whose)\b`,
    // "The nearest relative is a family member named in the Act": what it is, and
    // who names, picks or pays it.
    String.raw`^(?:\s*|,\s*which\s+)(?:is|are)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){1,3}?(?:named|chosen|picked|appointed|registered|employed|funded|set up|approved)\s+(?:in|by|under|to|for|from|as)\b`,
    // "X is a service that …", "X, which is an agreement between …"
    String.raw`^(?:\s*|,\s*which\s+)(?:is|are)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:that|which|who|where|whereby|between|for people|given to|paid to|run by|used to|to help)\b`,
    // "X is a button you wear …": a kind of thing, and what people do with it.
    String.raw`^\s*(?:is|are)\s+an?\s+(?:[\p{L}-]+\s+){1,2}?(?:you|we|they|people)\s+(?:wear|use|press|carry|keep|get|have|fill in|sign|pay|receive|take|hold|put|fit|book|call|ring|send|give|buy|rent|borrow|share|attend|go to|live in|stay in|move to|plug in|install)\b`,
    // "X is short-term help to …", "X, which is money for …": what kind of thing it is, and what
    // for; also "X, which is care the NHS pays for", "money you get", "free care arranged by …".
    // (Not "X is the best care you can get": a claim.)
    // ("…, which is up to 6 weeks of short-term help to …": how long, then what.)
    String.raw`^(?:\s*|,\s*which\s+)(?:is|are)\s+(?:(?:up to |about |around )?\d+ (?:days?|weeks?|months?|hours?|visits?) of\s+)?(?!(?:the|a|an)\s+(?:${SUPERLATIVES})\b)(?:[\p{L}-]+\s+){0,2}?(?:help|support|money|advice|care|equipment|payments?|services?|a service|a payment|a plan|a meeting|a way)(?:,\s+(?:usually|often|normally|mostly|sometimes|for|lasting|up to|about)\s[^,.;:()]{1,40},)?\s+(?:to|that|which|who|for|from|when|where|with|at|the|you|your|we|they|people|arranged|funded|paid|given|provided|offered|run|bought|set)\b`,
    // "Self-neglect covers a wide range of behaviour", "includes things like …": how far
    // it reaches. (Not "includes respite", nor "Reablement includes help with
    // washing, dressing and cooking": a part of it is not what it is.)
    String.raw`^\s+(?:includes|covers|can include|can cover)\s+(?:a wide range of|a range of|all kinds of|many kinds of|things like|things such as)\s`,
    // "The household contribution covers food, heating and other household costs":
    // what money is for, as a list.
    String.raw`^\s+(?:covers|pays for|is for|is to pay for)\s+(?:(?!(?:with|for|to|of|in|on|at|from|help|support|care)\b)[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+,\s*[^,.;:()]{1,40}(?:,|\s+(?:and|or)\s)`,
    // "a one-page profile that says what matters to them": what it holds.
    String.raw`^\s*(?:that|which)\s+(?:says|sets out|shows|lists|records|explains|describes)\s+(?:what|how|who|when|where|why|the help|the support|the care)\b`,
    // "Telecare is equipment in your home that …"
    String.raw`^\s*(?:is|are)\s+(?:[\p{L}-]+\s+){0,2}?equipment\s+in\s+(?:your|the|their|a person's)\s+home\b`,
    String.raw`^\s*[–—]\s+\p{Ll}`,
    // "his executive functioning: whether he could act on decisions": what it asks of someone.
    String.raw`^\s*:\s+(?:whether|how well|how far|how)\s+(?:he|she|they|you|a person|someone|the person|people)\s`,
    // "Pathway 1, where a person can go home with support": what happens there (also
    // "hubs in libraries, where people can drop in", "a managed account, where a
    // provider holds the money", "organisational abuse, where poor care is common",
    // "cuckooing, where criminals take over the home of …";
    // not ", where there is one").
    String.raw`^(?:\s+(?:in|at|on|across|around)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)?,\s*where\s+(?:a person|people|you|someone|the person|patients?|they|(?:an?|the|your)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+|(?!(?:there|it|this|that|these|those|we|i|he|she|needed|possible|appropriate|relevant)\b)(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*)\s+(?:can|cannot|can't|will|may|is|are|gets?|goes|go|stays?|lives?|does|do|doesn't|don't|has|have|needs?|feels?|waits?|rests?|meets?|sits?|sleeps?|eats?|learns?|holds?|pays?|manages?|keeps?|arranges?|looks? after|drops? in|takes? over|takes? control|uses?|controls?|exploits?|forces?|harms?|hurts?|abuses?|works?|helps?|gives?|shares?|decides?|chooses?|runs?|visits?|checks?|supports?)\b`,
    // "a lead provider, who will be the single point of contact": the part they play.
    String.raw`^,\s*who\s+(?:(?:is|are)(?:\s+(?:usually|often|normally|always|mostly))?|will be|acts? as)\s+(?:the|a|an|your|our)\s`,
    // "a communicator guide, who can go with you to appointments": what they do with you.
    String.raw`^,\s*who\s+(?:can|will|could)\s+(?:help|go|come|talk|speak|support|teach|show|explain|listen|stay|sit|work)\s+(?:with\s+|to\s+|alongside\s+)?(?:you|people|a person|someone|them|him|her|families|carers|adults)\b`,
    // "Charles Bonnet syndrome, which causes her to see things": what it does to someone.
    String.raw`^,\s*which\s+(?:causes|makes|lets|stops)\s+(?:you|people|her|him|them|a person|someone)\s+(?:to\s+)?\p{Ll}`,
    // "a lasting power of attorney, so that someone you trust can decide for you": what it is for.
    // (Not ", so you can stay if you pay": what follows for you.)
    String.raw`^,\s*so\s+that\s+(?:[\p{L}'’-]+\s+){1,3}?(?:can|will|could)\b`,
    // "Attendance Allowance is means-tested, so how much you get depends on your savings":
    // what it means for the reader. (Not ", so you can stay if you pay".)
    String.raw`^,\s*so\s+(?:how much|what|whether|if)\s+(?:[\p{L}'’-]+\s+){1,6}?depends?\s+on\b`,
    // "our Hospice at Home team, made up of nurses who can visit …": who it is, and what they do.
    String.raw`^(?:\s+(?:service|team|scheme|project|programme))?,\s+made up of\s+(?:[\p{L}'’-]+\s+){1,6}?(?:who|that|which)\b`,
    // "A lipspeaker, someone who repeats words clearly …": who they are.
    String.raw`^,\s+(?:someone|somebody|a person|people|anyone)\s+(?:who|whose)\b`,
    // "a video magnifier, which makes print bigger on a screen": what it does.
    String.raw`^,\s*which\s+makes\s+(?:[\p{L}-]+\s+){1,3}?(?:bigger|larger|louder|clearer|easier|safer)\b`,
    // "the Transfer of Care Hub, a team of hospital and council staff who …",
    // "a personal budget, a one-off payment towards …" (not a list: "a commissioner, a nurse and people from the providers".)
    String.raw`^,\s+an?\s+(?:[\p{L}-]+\s+){0,2}?(?:${KINDS})s?\s+(?:(?!(?:and|or)\s)[\p{L}-]+\s+){0,4}?(?:that|which|who|where|of|for|to|towards|from)\b`,
    // "The minimum income guarantee, which is the amount of money you must be left with":
    // what kind of thing, and whose or what for ("the amount the council pays",
    // "the amount it costs to meet your needs").
    String.raw`^,\s*which\s+(?:is|are)\s+(?!(?:the|a|an)\s+(?:${SUPERLATIVES})\b)(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:${KINDS})s?(?:\s+of\s+[\p{L}-]+)?\s+(?:that|which|who|where|when|you|we|they|it (?:costs|takes)|a person|someone|people|given|paid|held|for|(?:the|your|our)\s+(?:council|nhs|government|court|family|team|law))\b`,
    // "a needs assessment, which is a talk about what help you need": what kind, and about what.
    String.raw`^(?:\s*|,\s*which\s+)(?:is|are)\s+an?\s+(?:[\p{L}-]+\s+){0,2}?(?:${KINDS})s?\s+about\s+(?:what|how|who|whether|your|their|the help|the support|the care)\b`,
  ].join('|'),
  'u',
);
/**
 * "We will do a financial assessment to work out how much you will pay",
 * "there will be a financial assessment to work out …", "You will have a
 * financial assessment to work out …", "The person you care for will have a
 * financial assessment to work out …", "We will talk to you about a financial
 * assessment, to work out what you need to pay" (also second of two things done: "carry
 * out a Care Act assessment and a financial assessment to work out …"): what a thing that is
 * done or arranged is for. (Not "ask the Ombudsman to
 * look at", where "to" says what someone is asked to do.)
 */
const DONE_BEFORE =
  /\b(?:do|does|did|carry out|carries out|carried out|arrange|arranges|arranged|offer|offers|offered|(?:talk|speak|talks|speaks) (?:to|with) (?:you|them|him|her|the person) about|there will be|there is|there are|(?:you|they|he|she) (?:will |may |might )?(?:have|get|has|gets)|(?:will|may|might|must|should) (?:have|get))\s+(?:(?:an?|the|your)\s+)?(?:(?:[\p{L}'’-]+\s+){1,4}?and\s+(?:(?:an?|the|your)\s+)?)?$/iu;
const FOR_PURPOSE =
  /^,?\s+to\s+(?:work out|find out|check|see (?:if|whether|what|how)|decide|make sure|understand|learn (?:lessons|from|what|how|why)|look (?:at|into) (?:what|how|why|whether|if))\b/i;

/** The end of "If you would like someone to …, you can ask for a X". */
const ASK_FOR_IT =
  /,\s*(?:you can|you could|you may|please)\s+(?:ask (?:us |them )?for|have|get|request)\s+(?:an?|the|your own)\s+$/i;
/** The start of "If you would like someone to help you …": what the thing asked for does. */
const WANT_SOMEONE_TO =
  /^\s*["“‘']?if\s+you\s+(?:would like|'d like|’d like|want|need)\s+(?:someone|somebody|a person|an expert|a professional)\s+(?:to|who)\s/i;

/** The end of "If …, you are a X", "you may be a X" or "they are your X": a condition that says what X is. */
const THEN_YOU_ARE =
  /,\s*(?:you are|you're|they are|they're|this is|that is|(?:you|they) (?:may|might|could|will) be|(?:you|they) are (?:probably|likely to be|also))\s+(?:an?\s+|the\s+|your\s+|their\s+|his\s+|her\s+)?$/i;

/**
 * Before the term: `… (co-production)`, `(also called a …`, `This is
 * called`, `known as`, `the council, which is the …`, or
 * the second of two names (`This is called deafblindness or dual sensory
 * loss`). An
 * article may come between only after a naming verb ("This is called a
 * review", "This is called your contribution") or after "a person called"
 * ("A person called an advocate"), not after "called" that means summoned
 * ("The chair called a meeting").
 */
const EXPLAINED_BEFORE =
  /(?:\(\s*(?:(?:(?:also|often|sometimes|usually)\s+)?(?:called|known as)\s+|as\s+(?=an?\s))?(?:(?:an?|the)\s+)?|,\s*which\s+(?:is|are)\s+(?:the|your|our)\s+|\b(?:(?:is|are|was|were|be)\s+(?:also\s+|often\s+|sometimes\s+|usually\s+)?(?:called|known as)\s+(?:(?:an?|the|your|their|our)\s+(?:\p{Ll}[\p{L}-]*\s+)?|being\s+(?:an?\s+)?|having\s+(?:an?\s+)?|(?:\p{Ll}[\p{L}-]*\s+){1,2})?|\ban?\s+(?:person|worker|member of staff|professional|service|group|meeting|payment|document|plan)(?:\s+of\s+people)?\s+called\s+(?:an?\s+)?|\b(?:someone|somebody)\s+called\s+(?:an?\s+)?|\b(?:form|paper|amount|money|payment|sum|tool|grant|fund|benefit|scheme|letter|card|check|test|team|law|rule)s?\s+called\s+(?:(?:an?|the)\s+)?|,\s*called\s+(?:the\s+|an?\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}?|called\s+|known as\s+|we (?:often |sometimes |usually )?call (?:this|it|these|them|that)\s+(?:(?!(?:if|when|to|for|and|or|on|at|in|number|team|line)\b)[\p{Ll}-]+\s+){0,3}?(?:being\s+)?(?:(?:an?|the)\s+)?|(?:what|which|that) we (?:often |sometimes |usually )?call\s+|(?:people|we|doctors|staff|they) (?:often |sometimes |usually |may )?(?:call (?:you|this|it)|say (?:this|it) is)\s+["“‘']?(?:(?:an?|the)\s+|being\s+)?|(?:professionals|the (?:law|act|government|council|nhs|court|rules)) (?:often |sometimes |usually |may )?calls? (?:you|this|it|these)\s+["“‘']?(?:(?:an?|the)\s+|being\s+)?|,\s*(?:the\s+)?(?:people|we|doctors|staff|they) (?:often |sometimes |usually |may )?say (?:that )?you(?:\s+are|'re|’re)?\s+["“‘']?(?:(?:an?|the)\s+|being\s+)?|the (?:word|name|term) for this is\s+|(?:(?:is|are|was|were|be)\s+(?:also\s+|often\s+|sometimes\s+|usually\s+)?(?:called|known as)|,\s*(?:also\s+|often\s+|sometimes\s+)?called)\s+["“‘']?(?:(?:an?|the)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}["”’']?\s+or\s+(?:(?:an?|the)\s+)?)["“‘']?)$/iu;
/**
 * A following sentence that explains: `This means …`, `It is when …`, or
 * says what it does: `This looks at your income …`, `It works out …`, `It
 * tells you what …`, `It says what …`.
 */
const EXPLAINS_PREVIOUS = new RegExp(
  String.raw`^\s*["“‘']?(?:its\s+purpose\s+is\s+to\b|(?:this|that|it|these|they)\s+(?:can\s+(?=help|let|give|show)|will\s+(?=say|set out|list|record)|)(?:means?|is when|is where|is what|is how|is about|is a way|are people|is a person|(?:is|are) (?:(?:up to |about |around )?[\p{L}\d-]+ (?:days?|weeks?|months?|hours?|visits?) of )?(?:[\p{L}-]+ ){0,2}?(?:money|help|support|advice|payments|care (?=for|while|when|at|in|from|so|to))|are (?!(?:not|also|always|sometimes|often|usually|perhaps|as|just|still)\b)(?:[\p{L}-]+ )?[\p{L}-]*[^su\s]s(?: and [\p{L}-]*[^su\s]s)? (?:in|that|which|who|where|from|for|to|you|we)|is a service|is the name|are (?:[\p{L}-]+ ){0,2}?(?:${KINDS})s\b|is (?:usually |often |normally |always )?(?:someone|somebody|a person|the person)|is (?:usually |often |normally |always |mostly )?(?:an?|the) (?:[\p{L}-]+,? ){0,2}?(?:${KINDS})|look(?:s|ed)? at|work(?:s|ed)? out|check(?:s|ed)? (?:how|what|whether|if|that|your|their|his|her)|(?:finds?|found) out|decided?s?|lets?|help(?:s|ed)?|protects? (?:you|people|adults|them|someone|anyone|those)|(?:tells?|told) (?:you|people|us|them)|sets? out|records? (?:your|their|his|her|what|how|who|the)|says? (?:what|how|who|when|where|why)|show(?:s|ed)? (?:you|how|what)|pays? for|covers? (?:things|(?:the |your |some )?(?:extra |main |other |basic |everyday |day-to-day )?costs?|what|cleaning|repairs)))\b`,
  'iu',
);
/**
 * After a term that starts its sentence, what kind of thing it is and what
 * for or whose: "A direct payment is an agreed amount of money that we give
 * you", "The personal budget is the amount of money for your care" (not
 * "Modern slavery is a form of abuse under the Care Act").
 */
const DEFINES_KIND = new RegExp(
  // (Not "Contract variation is the quickest way to add hours": a claim, not what it is.)
  // "Bank staff are our own staff who …", "Agency staff are workers from …",
  // "Major adaptations are bigger changes, such as a stairlift …".
  String.raw`^\s*(?:is\s+(?=(?:an?|the|our|your|their)\s)|are\s+(?!(?:in|on|at|not|also|now|still|out|up|under|being|available)\b))(?!(?:(?:an?|the|our|your|their)\s+)?(?:${SUPERLATIVES})\b)(?:(?:an?|the|our|your|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:${KINDS}|change)s?(?:\s+of\s+(?:your|their|his|her|its)\s+own)?(?:(?:\s+[\p{L}-]+){0,3}?\s+(?:that|which|who|where|when|for|to|you|we|given|paid|held|from|about|with|of what|of how|of the help|of the care|of the support|of \p{L}+ing|of (?:\d+ |[\p{L}-]+ )?(?:people|staff|professionals|workers))|,\s+(?:such as|like|for example)\s+(?:an?|the|your|their)\s)\b`,
  'iu',
);
/**
 * After a term that starts its sentence, the body it is and what over: "The
 * Care Quality Commission is the independent regulator of health and social
 * care in England", "Healthwatch is the champion for people who use …".
 */
const DEFINES_BODY =
  /^\s*(?:is|are)\s+(?:an?|the)\s+(?!(?:best|worst|only|main|biggest|largest)\b)(?:[\p{L}-]+\s+){0,2}?(?:regulator|body|organisation|charity|watchdog|inspectorate|ombudsman|champion)s?\s+(?:of|for)\s/iu;
/**
 * After a term that starts its sentence, what kind of thing it is and
 * nothing more: "A micro-enterprise is a very small local business.", "A
 * review is a meeting." (not "Personal outcomes are written in your plan.").
 */
const DEFINES_KIND_ALONE = new RegExp(
  String.raw`^\s*(?:is|are)\s+(?:an?|the|our|your|their)\s+(?!(?:${SUPERLATIVES})\b)(?:(?!(?:in|on|at|of|for|to|with|from|by|and|or|some|many)\b)[\p{L}-]+\s+){0,3}?(?:${KINDS})s?\s*[.!;]?\s*$`,
  'iu',
);
/** "What is an eligible need?": a question the next sentence may answer. */
const WHAT_IS = /\bwhat\s+(?:is|are)\s+(?:(?:an?|the)\s+)?["“‘']?$/i;
/** The answer to "What is X?": "It is …", "These are …", "They mean …". */
const ANSWER = /^\s*["“‘']?(?:it|they|these|this|that)\s+(?:is|are|means?)\b/i;

/**
 * What follows "means" when it gives a consequence, not a meaning: "which
 * means he will have to …", "This means you must …", "means analogue alarms
 * must be replaced", "means she stays the responsibility of …" (what one
 * person does or is). (A relative clause is still a meaning: "means help
 * that can …", and so is what it must be: "This means it must be what she
 * would want", and what is checked: "This means they check if you can …".)
 */
const CONSEQUENCE =
  /^\s*(?:that\s+)?(?:(?:(?!(?:that|which|who|where|if|whether|what|how|when)\b)[\p{L}\p{N}'’-]+\s+){0,4}?(?:will|must|should|would|can|cannot|can't|may|might|has to|have to|had to|needs? to|is going to|are going to)(?!\s+be\s+(?:what|how|something|someone|the (?:one|thing|choice|decision|option|way))\b)|there\s+(?:is|are|was|were|will be|has been|have been)|(?:he|she)\s+[\p{L}'’-]+|(?:[\p{L}'’-]+\s+){1,2}?(?:now|no longer))\b/iu;
/** "means" and what comes after it, in an explanation found above. */
const MEANS_THEN = /\bmeans?\b([^]*)$/i;

/** Whether an explanation that uses "means" gives a consequence instead of a meaning. */
function isConsequence(explanation: string): boolean {
  const rest = MEANS_THEN.exec(explanation)?.[1];
  return (
    rest !== undefined &&
    !WHAT_IT_LETS.test(rest) &&
    !WHAT_IT_CHECKS.test(rest) &&
    !WHO_PAYS.test(rest) &&
    CONSEQUENCE.test(rest)
  );
}

/**
 * "This means the council will look at your income and savings …": the
 * money a test looks at says what the test is ("means-tested"). (Not "means
 * the team will look at your care needs at home": what happens next.)
 */
const WHAT_IT_CHECKS =
  /^\s*(?:that\s+)?(?:we|they|the nhs|(?:the|a|your)\s+(?:[\p{L}-]+\s+)?(?:council|team|service|worker|assessor))\s+(?:will|would|must|can)\s+(?:look at|check|ask about|work out|find out)\s+(?:how much (?:money|you|they|she|he)|(?:your|their|his|her)\s+(?:income|savings|money|capital|finances|benefits|earnings))\b/iu;

/**
 * "You are eligible for NHS Continuing Healthcare. This means the NHS will
 * pay for the care you need.": who pays for what says what a way of paying
 * for care is (not "This means you will pay more", a consequence).
 */
const WHO_PAYS =
  /^\s*(?:that\s+)?(?:the\s+nhs|the\s+council|your\s+council|the\s+government|we)\s+(?:will|would)\s+(?:pay\s+for|fund)\s+(?:the|all|your|their|his|her)\b/iu;

/**
 * "A direct payment means you can choose who helps you", "Social prescribing
 * means your doctor can send you …": what a thing lets someone do says what
 * it is, in the way easy read explains things ("… means she cannot read" is
 * a consequence). So does "This means we can:" before a list of what a role
 * lets us do (not "This means we can start your care", what happens next;
 * the sentence read may end before its colon).
 */
const WHAT_IT_LETS =
  /^\s*(?:that\s+)?(?:(?:you|they|people|someone|(?:your|a|the)\s+[\p{L}-]+)\s+can\s+(?!not\b)|(?:we|you|they)\s+(?:can|must|will)\s*:?\s*$)/iu;

/**
 * A sentence right after a use that starts with the term and says what it
 * does explains it: "A short break lets a carer rest …", "A carer's
 * assessment looks at how caring affects you".
 */
const DOES_AFTER =
  /^\s+(?:can\s+|will\s+)?(?:lets?|gives?|helps?|allows?|pays? for|covers? (?:things|the cost|costs?|what)|owns? the|runs? the|looks? for|checks? for|looks? at|works? out|protects? (?:you|your|people|adults|them|their|his|her)|finds? out|checks? (?:how|what|whether|if|that|your|their)|sets? out|says? (?:what|how|who|when|where)|tells? (?:you|people|us|them|staff|doctors|nurses|carers|workers|others))\b/i;
/**
 * What someone or something can do, as a list of two things or more right
 * after it: "A deputy can pay bills, deal with banks and sell a house for the
 * person", "An advocate can go to meetings with you, speak for you or help you
 * write letters" (not "can take up to six weeks, and it is free": one thing, then
 * another sentence).
 */
const CAN_LIST =
  /^\s+can\s+(?!(?:be|also|not|only|still|now)\b)(?:[\p{Ll}'’-]+\s+){0,4}?[\p{Ll}'’-]+,\s+(?!(?:and|or|but|so|it|they|we|you|he|she|this|that|which|who|at|in|on|by|from|to|for|with|without|online|over|after|before|during|via|through|near|within|when|if|once|until|as|up|about|every|each|all|some|most|any|the|a|an|your|their|our|his|her)\b)(?:[\p{Ll}'’-]+\s+){2,5}?(?:and|or)\s+(?!(?:it|they|we|you|he|she|this|that|then)\b)\p{Ll}/u;
/**
 * What a thing does for someone or what it holds, said right after it, in
 * the present: "lets you …", "allows people …", "works out how …", "says
 * what …", "lets care homes recruit …", "lets your mother delay …", "tells
 * staff about you", "protects your State Pension" (not
 * "helps people …", a benefit, nor "will help you", which is what happens,
 * not what it is).
 */
const DOES_FOR_SOMEONE =
  /^\s+(?:(?:covers|pays for)\s+(?:things|the cost|costs?|what)|(?:lets?|allows?)\s+(?:you|people|a person|someone|carers?|them|us|him|her|families|adults|(?!(?:down|off|out|up|in|for)\b)(?:[\p{L}'’-]+\s+){1,2}\p{Ll}[\p{L}-]*\s+\p{Ll}[\p{L}-]*)|(?:looks? at|works? out|finds? out|checks?|says|sets out|shows|lists)\s+(?:how|what|whether|if|who|when)|sets the (?:prices?|rates?|rules|terms|standards)|protects (?:you|your|people|adults|them|their|his|her)(?=\s+\p{L})|tells (?:you|people|us|them|staff|doctors|nurses|carers|workers|others) (?:about|what|how|who|when|whether|if))\b/iu;
/**
 * What a thing uses or brings together, and what for: "Technology Enabled
 * Care uses alarms and sensors to help you …", "The MARM meeting brings
 * agencies together to …" (with the word the term describes: "meeting").
 */
const USES_TO =
  /^\s+(?:uses\s+(?:[\p{L}'’-]+,?\s+){1,5}?to\s+(?:help|keep|support|let|check|make sure|see)|brings\s+(?:[\p{L}'’-]+\s+){1,3}?together\s+to)\b/iu;
/**
 * "a sitting service where a trained worker stays with the person": without
 * a comma, when the term is brought in with "a" and someone does something
 * there. (Not "Ask your care coordinator where a carer goes for help", "…
 * where the meeting is": a question asked.)
 */
function somethingHappensThere(before: string, after: string): boolean {
  return /\ban?\s+$/i.test(before) && WHERE_SOMEONE_DOES.test(after);
}

const WHERE_SOMEONE_DOES = new RegExp(
  String.raw`^\s+where\s+(?:(?:an?|the)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s+(?:stays|comes|visits|sits|lives|helps|looks after|takes|gives|provides|works|supports|meets|goes|checks|cares for|moves in)|(?:people|staff|volunteers|carers|workers|residents|tenants)\s+(?:stay|come|visit|sit|live|help|look after|take|give|provide|work|support|meet|go|check|care for|move in))\b`,
  'iu',
);

/** A short form opening a sentence, then a bracket: "A MARAC (", "An IDVA (". */
const SHORT_FORM_THEN_BRACKET =
  /^\s*["“‘']?(?:(?:[Aa]n?|[Tt]he|[Yy]our)\s+)?\p{Lu}{2,}s?\s*\(\s*$/u;
/** What a service of people does: "matches volunteers with people", "links you to …". */
const MATCHES_PEOPLE =
  /^\s+(?:matches|links|connects|puts) (?:you|people|volunteers|carers|them|adults)\b/i;
/** Capitalised words before a term that ends the name opening a sentence ("The First-tier Tribunal"). */
const NAME_BEFORE_TERM = /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}$/u;
/** The rest of a name that ends before "is" or "are" ("Healthwatch Northbrook is …"). */
const NAME_GOES_ON = /^(?:\s+\p{Lu}[\p{L}-]*){1,3}(?=\s+(?:is|are)\b)/u;

/** A term for what a person needs or wants: "eligible needs", "desired outcome". */
const NEED_TERM = /\b(?:needs?|outcomes?|goals?)$/i;
/** "is help …", "are support …": what the need is, for this person. */
const IS_HELP = /^\s*(?:is|are)\s+(?:[\p{L}-]+\s+){0,2}?(?:help|support|care)\b/iu;

/**
 * ", the independent regulator of …", ", the Armed Forces charity, offers …":
 * what a name is, after it.
 */
const NAME_THEN_WHAT = new RegExp(
  String.raw`^,\s+(?:the|an?)\s+(?:[\p{L}-]+\s+){0,3}?(?:${KINDS})s?(?:\s+(?:that|which|who|where|of|for|to|from)\b|,\s)`,
  'u',
);

/** Another name for the term, set off by commas: ", or ROVI,", ", sometimes called a ROVI,". */
const OTHER_NAME =
  /^,\s*(?:or|(?:sometimes |also |often |usually )?called|(?:also )?known as)\s+(?:(?:an?|the)\s+)?[^,.;:()]{1,40},(?=\s)/iu;

/**
 * A few words of place, or whom or where it is for, between a term and
 * ", which …": "reablement at home, which …", "a payroll service for you,
 * which …", "the usual rate for your area, which is …"; or a dash: "Replacement
 * care at home – a care worker stays …".
 */
const PLACE_BEFORE_WHICH =
  /^\s+(?:(?:at|in)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+|for\s+(?:you|them|people|carers|families|(?:your|their|his|her|our|the|this|each)\s+[\p{L}'’-]+))(?=,\s*which\b|\s+[–—]\s)/u;

/** The words after a term, without the rest of a name it starts, another name for it or where it is. */
function withoutName(after: string): string {
  return after.replace(NAME_GOES_ON, '').replace(OTHER_NAME, '').replace(PLACE_BEFORE_WHICH, '');
}

/** Whether the words right after a term explain it ("(short-term help at home)", "means …", "is a service that …"). */
function explainsAfter(after: string): boolean {
  const rest = withoutName(after);
  return EXPLAINED_AFTER.test(rest) && !isConsequence(rest.slice(0, 80));
}

/** The words that may come before a term that starts a sentence. */
/** (A paragraph's number may come first: "1.2 The Better Care Fund is …".) */
const SUBJECT_START =
  /^\s*(?:\d+(?:\.\d+)*\.?\s+)?["“‘']?(?:(?:an?|the|your|our|a new|the enclosed|your new|our new|the new)\s+)?$/i;

/** What a check looks for, said right after it. */
const LOOKS_FOR = /^\s+(?:looks?|checks?|tests?) for\b/i;

/** One word in small letters after a term that describes it: "tests" in "Screening tests look for …". */
const NOUN_AFTER = /^\s+\p{Ll}[\p{L}-]*(?=\s)/u;

/**
 * Whether a sentence starts with `term` and says what it is or does: "A
 * carer is a person who …", "A short break lets a carer rest …".
 */
function startsByDefining(sentence: string, term: string): boolean {
  const lower = sentence.toLowerCase();
  const stem = term.toLowerCase().replace(/s$/, '');
  const at = lower.indexOf(stem);
  if (at === -1 || at > 40) return false;
  const opening = sentence.slice(0, at);
  // "The First-tier Tribunal is …": the term ends a name that opens the sentence.
  if (!(at <= 12 && SUBJECT_START.test(opening)) && !NAME_BEFORE_TERM.test(opening)) return false;
  const end = at + stem.length + (lower.charAt(at + stem.length) === 's' ? 1 : 0);
  const rest = withoutName(sentence.slice(end));
  return (
    DOES_AFTER.test(rest) ||
    CAN_LIST.test(rest) ||
    DEFINES_KIND.test(rest) ||
    // "… under the Mental Health Act. The Mental Health Act is a law.": what kind of thing.
    DEFINES_KIND_ALONE.test(rest) ||
    explainsAfter(rest) ||
    // "Screening tests look for signs of illness": the term and the word it describes.
    DOES_AFTER.test(rest.replace(NOUN_AFTER, ''))
  );
}

/**
 * Whether a sentence after a use of `term` explains it: "This means …", or
 * the term saying what it is or does ("A carer is a person who …"); after
 * "What is X?", also "It is …" or "These are …" (`answering`).
 */
export function explainsUse(sentence: string, term: string, answering = false): boolean {
  return (
    (answering && (ANSWER.test(sentence) || listsKinds(sentence, term))) ||
    explainsSentence(sentence) ||
    startsByDefining(sentence, term) ||
    (term.trim().includes(' ') && startsByDefining(sentence, headNoun(term))) ||
    saysWhichKind(sentence, term)
  );
}

/**
 * "You will have an assured tenancy. This is a secure, long-term tenancy.":
 * "This is a" and the term's last word again, with words that say which
 * ("secure, long-term") or what follows it ("a tenancy that lasts …", "an
 * assessment of your money"), says what kind of thing the term is. (Not
 * "This is a tenancy." alone, nor "This is the budget for next year": one of
 * them, not what kind.)
 */
function saysWhichKind(sentence: string, term: string): boolean {
  const head = headNoun(term).toLowerCase().replace(/s$/, '');
  if (head.length < 3) return false;
  // "Carer's leave … This is up to one week of unpaid leave a year": how much of what kind.
  const amount = THIS_IS_AMOUNT.exec(sentence);
  if (amount !== null) {
    return sentence
      .slice(amount[0].length)
      .split(/\s+/, 3)
      .some(
        (word) =>
          word
            .toLowerCase()
            .replace(/[^\p{L}-]+$/u, '')
            .replace(/s$/, '') === head,
      );
  }
  const opening = THIS_IS_A.exec(sentence);
  if (opening === null) return false;
  // The term's last word must come again within the first four words after "This is a".
  const words = sentence.slice(opening[0].length).split(/\s+/, 6);
  const at = words.findIndex(
    (word) =>
      word
        .toLowerCase()
        .replace(/[^\p{L}-]+$/u, '')
        .replace(/s$/, '') === head,
  );
  if (at === -1 || at > 3) return false;
  const word = words[at] as string;
  const next = words[at + 1]?.toLowerCase();
  if (/[.!]["”’')]*$/.test(word)) return at > 0;
  return /[\p{L}-]$/u.test(word) && next !== undefined && WHICH_AFTER.has(next);
}
const THIS_IS_A = /^\s*["“‘']?(?:this|it)\s+is\s+an?\s+/i;
const THIS_IS_AMOUNT =
  /^\s*["“‘']?(?:this|it)\s+is\s+(?:up to\s+|about\s+|around\s+|at least\s+)?[\p{L}\d-]+\s+(?:days?|weeks?|months?|hours?|visits?|nights?)\s+of\s+/iu;
const WHICH_AFTER: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'where',
  'when',
  'of',
  'for',
  'to',
  'from',
  'with',
  'between',
  'given',
  'paid',
  'run',
]);

/**
 * Under "What counts as capital?", "Capital includes savings, shares and
 * property" answers the question: the sentence opens with the term and lists
 * the kinds of thing it is. (Without the question, a list is only some of
 * what it holds: "Recovery capital includes housing, relationships and work.")
 */
function listsKinds(sentence: string, term: string): boolean {
  const lower = sentence.toLowerCase();
  const at = lower.indexOf(term.toLowerCase());
  if (at === -1 || !SUBJECT_START.test(sentence.slice(0, at))) return false;
  return LIST_OF_KINDS.test(sentence.slice(at + term.length));
}
const LIST_OF_KINDS =
  /^\s+(?:includes?|covers?|can include|(?:is|are) made up of|(?:is|are))\s+(?:(?!(?:with|for|to|of|in|on|at|from|help|support|care)\b)[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+,\s*[^,.;:()]{1,40}(?:,|\s+(?:and|or)\s)/iu;

/**
 * The last word of a term of two words or more, which the next sentence may
 * use for it: "an independent advocate … An advocate is someone who …".
 */
function headNoun(term: string): string {
  return term.trim().split(/\s+/).pop() ?? term;
}

/** "… what (a) X means": the words before a term that make it a question. */
const ASKING_WHAT = /\b(?:what|whether|how|why)\s+(?:(?:an?|the|your|their|our)\s+)?$/i;

/** Whether a sentence explains the one before it ("This means …"). */
export function explainsSentence(sentence: string): boolean {
  if (!EXPLAINS_PREVIOUS.test(sentence)) return false;
  // "This means you cannot …" is a consequence; "This is a condition on your
  // visa which means you cannot …" says what it is first.
  return !(MEANS_FIRST.test(sentence) && isConsequence(sentence.slice(0, 120)));
}

/** A short sentence that only names what kind of thing: "This is a national approach." */
const WHAT_KIND_ONLY =
  /^\s*["“‘']?(?:this|it)\s+is\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*[.!]["”’')]*\s*$/iu;

/** A sentence whose first words say what the one before it means: "This means …". */
const MEANS_FIRST = /^\s*["“‘']?(?:this|that|it|these|they)\s+(?:can\s+)?means?\b/i;

/** Whether a sentence opens by saying what the one before it means, not what follows from it. */
function meansNext(sentence: string): boolean {
  return MEANS_FIRST.test(sentence) && explainsSentence(sentence);
}

const SENTENCE_END = /[.!?]["'”’)]*\s*$/;
const CAPTION = /^\s*(?:figure|fig\.|table|chart|graph|image|picture|photo|diagram)\s+\d/i;
const CONTENTS_LINE = /(?:\.{3,}|…|\t|\s{2,})\s*\d{1,4}\s*$/;

/**
 * Whether the text at `offset` is body text: not a heading, title, table
 * cell, contents line, caption, or the label of a list item ("Personalisation:").
 */
export function isBodyText(input: BlockInput, offset: number, end = offset): boolean {
  if (!isBodyBlock(input)) return false;
  const text = input.text.text;
  // A label at the start of the block: "Personalisation: what it means for you".
  // (Only a few characters either side are read: this runs for every use.)
  if (offset <= 8) {
    const before = text.slice(0, offset).trim();
    if (before === '' || /^[\d.()a-z]{1,4}$/i.test(before)) {
      const after = text.slice(end, end + 4);
      // (A hyphen inside a word is no label's dash: "A CHC-funded bed".)
      if (/^(?:\s*:|\s+[–—-]|[–—])/.test(after)) {
        // Unless what follows says what it is: "Advocacy: someone who helps you …".
        return /^\s*[–—]\s+\p{Ll}/u.test(after) || definedAfterColon(text.slice(end, end + 90));
      }
    }
  }
  return true;
}

/** A colon, then what the thing is: ": someone who helps you …", ": money from the council …". */
function definedAfterColon(after: string): boolean {
  const colon = /^\s*:/.exec(after);
  return colon !== null && DEFINITION_OPENING.test(after.slice(colon[0].length));
}

/**
 * A list item that carries on the sentence before the list: it starts with a
 * small letter or a figure, or ends with ";" or "," ("- may lack capacity to
 * decide where to live;", "- 14% paid for supported living"). It is body
 * text however short, unlike an item that names a section ("- Paying for
 * your care").
 */
/** The number or letter that numbers a list item in plain text: "6. ", "(b) ", "iv) ". */
const LIST_NUMBER = /^\s*(?:\d{1,3}[.)]|\(?(?:[a-z]|[ivx]{1,4})\))\s+/i;

function continuesSentence(input: BlockInput): boolean {
  if (input.block.kind !== 'list-item') return false;
  const text = input.text.text;
  // (A number that numbers the item is no figure: "6. Reasonable adjustments" is a heading.)
  const rest = text.replace(LIST_NUMBER, '');
  return /^[\s"“‘'*_-]*(?:\p{Ll}|[\d£$€])/u.test(rest) || /[;,]\s*$/.test(text.slice(-8));
}

/**
 * Whether a table's cell holds only the words at [start, end), each with a
 * capital: a team's or a body's name ("| Commissioning |" or "| Adult Social
 * Care |" in a column of who leads), which is not the writer's to reword
 * there. (A row's label in small letters, "| Residential care |", is.)
 */
export function isCellName(input: BlockInput, start: number, end: number): boolean {
  const text = input.text.text;
  return (
    input.block.kind === 'table-cell' &&
    wholeBlock(text, start, end) &&
    text
      .slice(start, end)
      .split(/\s+/)
      .every((word) => /^\p{Lu}/u.test(word) || SMALL_IN_NAMES.has(word))
  );
}

/** Small words a name keeps in small letters: "Office of the Public Guardian". */
export const SMALL_IN_NAMES: ReadonlySet<string> = new Set([
  'and',
  'for',
  'of',
  'the',
  'in',
  'on',
  '&',
]);

/** Whether the block holds only [start, end): a table's cell, a word in bold on its own line. */
function wholeBlock(text: string, start: number, end: number): boolean {
  // Only a few characters either side are read: this runs for every use.
  if (start > 24 || text.length - end > 8) return false;
  return (
    /^[\s"“‘'*_]*(?:(?:your|the|a|an|our|my|their)\s+)?$/i.test(text.slice(0, start)) &&
    /^[\s"”’'*_.:]*$/.test(text.slice(end))
  );
}

/**
 * Whether the term at [start, end) is asked about ("What is a self-funder?"):
 * the writer brings it in on purpose, to answer next.
 */
export function asksWhatItIs(input: BlockInput, start: number, end: number): boolean {
  const text = input.text.text;
  return (
    WHAT_IS.test(text.slice(Math.max(0, start - 30), start)) &&
    /^\s*["”’']?\?/.test(text.slice(end, end + 4))
  );
}

/** A short form in brackets right after a term ("medication administration records (MARs)"). */
export function namesShortFormAfter(input: BlockInput, end: number): boolean {
  return SHORT_FORM_AFTER.test(input.text.text.slice(end, end + 16));
}

/** Whether a block is body text at all, worked out once per block. */
const bodyBlocks = new WeakMap<BlockInput['text'], boolean>();
function isBodyBlock(input: BlockInput): boolean {
  const kind = input.block.kind;
  if (kind === 'heading' || kind === 'table-cell') return false;
  let body = bodyBlocks.get(input.text);
  if (body === undefined) {
    const text = input.text.text;
    const tail = text.slice(-24);
    body =
      !CAPTION.test(text.slice(0, 24)) &&
      !CONTENTS_LINE.test(tail) &&
      !(isTitleLine(input) && !continuesSentence(input));
    bodyBlocks.set(input.text, body);
  }
  return body;
}

/** One word after a term, before ", which is" or ", which are": "PRN medicines, which are …". */
const HEAD_THEN_WHICH = /^\s+\p{Ll}[\p{L}-]*(?=,\s*which\s+(?:is|are)\b)/u;

/**
 * Whether ", which is …" says what the thing named is in its own words, the
 * word it is named by again, then what kind of it: "…, which are medicines
 * given only when needed", "…, which is equipment in your home that …".
 * (Not "…, which are kept in the office".)
 */
function restatesHead(which: string, head: string): boolean {
  const stem = head.toLowerCase().replace(/(?:es|s)$/, '');
  if (stem.length < 3) return false;
  const restated = new RegExp(
    String.raw`^,\s*which\s+(?:is|are)\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,2}?${stem}\p{L}{0,2}\s+(?:given|used|paid|taken|kept|made|bought|that|which|who|where|when|for|in|at|to|from|with)\b`,
    'iu',
  );
  return restated.test(which);
}

/** A short form in brackets right after a term: "(DFG)", "(CHC)". */
const SHORT_FORM_AFTER = /^\s*\((?:[\p{Lu}\d][\p{L}\d&]*s?)\)/u;

/**
 * A phrase that opens a sentence up to a term ("Under the", "With",
 * "As part of our"): a comma after the term ends it.
 */
const OPENING_PHRASE =
  /^\s*["“‘']?(?:under|with|without|for|in|after|before|through|following|during|despite|by|from|as part of|because of|thanks to|since)\s+(?:(?:the|a|an|our|your|their|this|these|its)\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;
/**
 * ", a person gets …": after a comma, words that could say the term again but
 * have no "who", "which" or "that" before the next comma, so they start the
 * sentence itself (not ", someone who repeats words clearly, …").
 */
const SAID_AGAIN =
  /^,\s+(?:an?|someone|somebody|people|anyone)\s(?![^,]*\b(?:who|whose|which|that|where)\b)/i;

/** Whether the use of a term at [start, end) explains it. */
export function explainedAt(
  input: BlockInput,
  start: number,
  end: number,
  profile: ProfileName,
): Explained {
  const { text, sentences, words } = input.text;
  // "Advocacy" alone, then "Someone who helps you …" in the next cell or paragraph;
  // a heading "Your personal budget", then "This is the money for your support."
  if (wholeBlock(text, start, end)) return 'defined-in-next-block';
  // A heading that asks what it is ("What are the Deprivation of Liberty
  // Safeguards?", "What a personal budget is"): the text under it may answer.
  if (headingAsksWhat(input, start, end)) return 'answer-in-next-block';
  if (!isBodyText(input, start, end)) return false;
  const sentenceIndex = sentenceOf(input, Math.max(0, wordAt(words, start)));
  const sentence = sentences[sentenceIndex];
  const after = wordsAfter(input, profile, end, sentence?.end ?? text.length);
  const before = text.slice(Math.max(sentence?.start ?? 0, start - 60), start);
  // "Ask what a top-up means", "explain what reablement is": a question, not an answer.
  if (ASKING_WHAT.test(before)) return false;
  const term = text.slice(start, end);
  // "His eligible need is help with washing": one person's need, not what the term means.
  if (NEED_TERM.test(term) && IS_HELP.test(after))
    return explainedLater(input, sentenceIndex, term);
  if (
    (explainsAfter(after) || definedAfterColon(after) || somethingHappensThere(before, after)) &&
    !closesAside(before, after) &&
    // "Under the deeming provisions, a person placed …": the comma ends a phrase
    // that opens the sentence, and what follows is the sentence, not the term again.
    // (An opening phrase is short: only a few words before the term are read.)
    !(
      start - (sentence?.start ?? 0) <= 80 &&
      OPENING_PHRASE.test(text.slice(sentence?.start ?? 0, start)) &&
      SAID_AGAIN.test(after)
    )
  ) {
    return true;
  }
  // "A MARAC (multi-agency risk assessment conference) is a monthly meeting where …":
  // the words a short form stands for, in brackets after it, then what it is.
  if (SHORT_FORM_THEN_BRACKET.test(before) && /^\s*\)/.test(after)) {
    const then = after.replace(/^\s*\)/, '');
    if (DEFINES_KIND.test(then) || DEFINES_KIND_ALONE.test(then) || DOES_FOR_SOMEONE.test(then)) {
      return true;
    }
  }
  // "PRN medicines, which are medicines given only when needed": the term, the
  // thing it names, then what that is.
  const head = HEAD_THEN_WHICH.exec(after)?.[0];
  if (head !== undefined && restatesHead(after.slice(head.length), head.trim())) return true;
  // The words after the term, past a name that goes on after it.
  const rest = withoutName(after);
  // A name, then what it is: "the Care Quality Commission (CQC), the independent
  // regulator of …" (not a list: "reablement, the plan for winter and …").
  if (/^\p{Lu}/u.test(term) && NAME_THEN_WHAT.test(rest)) return true;
  // "A direct payment is an agreed amount of money …": the sentence says what it is.
  // (Not "The offer for carers includes respite": a part of it is not what it is.)
  if (
    (DEFINES_KIND.test(rest) || DEFINES_KIND_ALONE.test(rest) || DEFINES_BODY.test(rest)) &&
    SUBJECT_START.test(before)
  ) {
    return true;
  }
  // "Text relay lets you type …": the sentence opens with it and says what it does for
  // someone ("Our befriending scheme matches volunteers with people …": with the word it describes).
  if (
    (DOES_FOR_SOMEONE.test(after) ||
      CAN_LIST.test(after) ||
      USES_TO.test(after) ||
      USES_TO.test(after.replace(NOUN_AFTER, '')) ||
      MATCHES_PEOPLE.test(after.replace(NOUN_AFTER, '')) ||
      (BODY_NAME.test(term) && BODY_DOES.test(rest)) ||
      (MONEY_TERM.test(term) && /^\p{Ll}/u.test(term) && MONEY_PAYS_FOR.test(after))) &&
    SUBJECT_START.test(before)
  ) {
    return true;
  }
  // "Screening tests look for signs of illness": what it looks for, with the word it describes.
  if (LOOKS_FOR.test(after.replace(NOUN_AFTER, '')) && SUBJECT_START.test(before)) return true;
  if (FOR_PURPOSE.test(after) && DONE_BEFORE.test(before)) return true;
  if (conditionSaysWhat(before, text.slice(sentence?.start ?? 0, start))) return true;
  // "Your care costs us £236 a week. This is your personal budget.": named right
  // after what it is, in a sentence of its own.
  if (
    sentenceIndex > 0 &&
    NAMED_AFTER.test(text.slice(sentence?.start ?? 0, start)) &&
    NAMED_THEN.test(after)
  ) {
    return true;
  }
  const question = WHAT_IS.test(before) && /^\s*["”’']?\?/.test(after);
  if (EXPLAINED_BEFORE.test(before)) return namedAfter(input, profile, start, before, after);
  // "a personal assistant (PA). A PA is someone you choose …": the next sentence
  // may say what it is by its short form.
  const short = SHORT_FORM_AFTER.exec(text.slice(end, end + 20))?.[0].replace(/[\s()]/g, '');
  // "It" in the next sentence is most often the sentence's subject, not a term
  // further on ("This summary is published by the Safeguarding Adults Board. It
  // tells you why …").
  // When a person opens the sentence ("We have written an equality impact
  // assessment. It looks at …"), "it" can only be a thing named after them.
  const subject =
    wordAt(words, start) - (sentence?.firstWord ?? 0) <= 3 ||
    PERSON_OPENS.test(text.slice(sentence?.start ?? 0, start));
  // "… must have a relevant person's representative. This person keeps in touch
  // with them": what the one the sentence ends on does.
  if (/^\s*[.!]["”’')]*\s*$/.test(after) && THIS_ONE_DOES.test(nextOpening(input, sentenceIndex))) {
    return true;
  }
  // "a personal budget of £450 … This is a one-off amount": the next sentence
  // speaks of the amount, not of what the term is.
  if (AMOUNT_AFTER.test(after))
    return explainedLater(input, sentenceIndex, term, { short, subject: false, amount: true, end });
  return explainedLater(input, sentenceIndex, term, { question, short, subject, end });
}

/**
 * `'in-cell'` when the words after a term in a table's cell say what it is:
 * "| Pathway 3 (long-term care in a care home) |", "– …", ": someone who …".
 * A cell is no body text, but what it says a term is holds for the rest of
 * the paper. A cell's brackets more often say which or how much, and those
 * explain nothing: "(per night)", "(excluding FNC)", "(ASCOF 2B)", "(40 units)".
 */
export function explainedInCell(
  input: BlockInput,
  profile: ProfileName,
  start: number,
  end: number,
): 'in-cell' | false {
  if (input.block.kind !== 'table-cell') return false;
  // "| You pay £1 a week for every £250 over £14,250. This is called tariff income. |"
  const { sentences } = input.text;
  const sentence = sentences.length > 1 ? sentences.find((s) => s.end >= end) : undefined;
  if (sentence !== undefined && sentence !== sentences[0]) {
    const before = input.text.text.slice(sentence.start, Math.max(sentence.start, start));
    if (CALLED_IN_CELL.test(before)) return 'in-cell';
  }
  const after = wordsAfter(input, profile, end, input.text.text.length);
  const bracket = /^\s*\(([^()]*)\)/.exec(after)?.[1];
  if (bracket !== undefined && (/\d/.test(bracket) || CELL_QUALIFIER.test(bracket))) return false;
  return explainsAfter(after) || definedAfterColon(after) ? 'in-cell' : false;
}
/** "This is called", opening a cell's later sentence. */
const CALLED_IN_CELL =
  /^\s*["“‘']?(?:this|that|it)\s+is\s+(?:also\s+|often\s+|sometimes\s+|usually\s+)?(?:called|known as)\s+(?:(?:an?|the|your)\s+)?["“‘']?$/i;
const CELL_QUALIFIER =
  /\b(?:excluding|including|excl|incl|exc|inc|plus|minus|less|per|except|without|only|see|note|estimated|forecast|target|actual|average|total)\b/i;

/**
 * "If you look after someone who …, you are a carer", "If you would like
 * someone to help you speak up, you can ask for an advocate": the condition
 * the sentence opens with says what the term is. `opening` is the sentence up
 * to the term.
 */
function conditionSaysWhat(before: string, opening: string): boolean {
  return (
    (THEN_YOU_ARE.test(before) && /^\s*["“‘']?(?:(?:but|and|so)\s+)?if\b/i.test(opening)) ||
    (ASK_FOR_IT.test(before) && WANT_SOMEONE_TO.test(opening))
  );
}

/**
 * "Someone who knows you – such as your recovery worker – can tell us": the
 * dash after the term closes an aside a dash opened before it, and what
 * follows is the rest of the sentence, not what the term is.
 */
function closesAside(before: string, after: string): boolean {
  return /^\s*[–—]\s/.test(after) && /\s[–—]\s/.test(before);
}

/** A sentence that opens with a person: "We …", "You …", "Anyone who …", "After the check, we …". */
const PERSON_OPENS =
  /^\s*["“‘']?(?:[^,.;:]{1,40},\s*)?(?:we|you|they|i|he|she|anyone|someone|everyone|people)\s/i;

/** "This is your …", "That is the …": a sentence that names what the one before it said. */
const NAMED_AFTER = /^\s*["“‘']?(?:this|that)\s+is\s+(?:your|their|his|her|our|the|an?)\s+$/i;
/**
 * The end of a sentence that names what the one before it said: "." or a
 * second clause that says what happens ("This is a safeguarding concern and
 * we will listen"), not more about the term ("This is your personal budget
 * for the year").
 */
const NAMED_THEN =
  /^\s*["”’']?(?:[.!]|,?\s+and\s+(?:we|you|they|someone|somebody)\s+(?:will|can|must|should|may)\s)/i;

/** A term for money asked of or given to someone: "wellbeing charge", "household contribution". */
const MONEY_TERM =
  /\b(?:charges?|fees?|contributions?|levy|levies|premiums?|grants?|allowances?|funds?|top-ups?)$/i;
/**
 * What money pays for, right after a term for money that opens its sentence:
 * someone to do something, or a list ("The wellbeing charge pays for the team
 * to answer your alarm"; not "The wellbeing charge goes up in April", nor
 * "The wellbeing charge covers the 24-hour team", which names one thing). A
 * name is not explained this way: "The Better Care Fund pays for this
 * service" says nothing of the fund.
 */
const MONEY_PAYS_FOR =
  /^\s+(?:pays for|covers|is for|is used for|goes towards|helps (?:to )?pay for)\s+(?:[\p{L}'’-]+\s+){1,5}?(?:to\s+\p{Ll}|[\p{L}'’-]+,\s)/iu;

/** "This person keeps in touch …", "This team helps …": what a person or service just named does. */
const THIS_ONE_DOES =
  /^\s*["“‘']?(?:this|that) (?:person|worker|professional|team|service) (?:will |can |must |should )?(?:keeps?|helps?|makes?|checks?|speaks?|talks?|looks?|works?|visits?|supports?|acts?|gives?|arranges?|listens?|stands? up)\b/i;

/** The first 120 characters of the sentence after sentence `index`, or ''. */
function nextOpening(input: BlockInput, index: number): string {
  const next = input.text.sentences[index + 1];
  return next ? input.text.text.slice(next.start, Math.min(next.end, next.start + 120)) : '';
}

/** "This covers …", "It pays for …": what an amount of money just named pays for. */
const PAYS_FOR_THIS = /^\s*["“‘']?(?:this|it)\s+(?:covers|pays for|is for|goes towards)\s/i;

/** An amount of money right after the term: "a personal budget of £450", "a grant worth up to £30,000". */
const AMOUNT_AFTER =
  /^\s*(?:of|worth|totalling|totaling)\s+(?:up to\s+|about\s+|around\s+|over\s+)?£\s?\d/i;

/** Whether a heading is only the question what the term at [start, end) is or does. */
function headingAsksWhat(input: BlockInput, start: number, end: number): boolean {
  if (input.block.kind !== 'heading') return false;
  const { text } = input.text;
  const before = text.slice(0, start);
  const after = text.slice(end);
  return (
    (/^\s*what\s+(?:is|are|counts\s+as)\s+(?:(?:an?|the|your)\s+)?$/i.test(before) &&
      /^\s*\??\s*$/.test(after)) ||
    (/^\s*what\s+(?:(?:an?|the|your)\s+)?$/i.test(before) &&
      /^\s+(?:is|are|means?|does|do)\s*\??\s*$/i.test(after))
  );
}

/** Two words or more with capitals, then the bracket: a name ("Helping Hands Homecare ("). */
const NAME_BEFORE_BRACKET =
  /(?:\p{Lu}[\p{L}'’&-]*\s+){1,}\p{Lu}[\p{L}'’&-]*\s*\(\s*(?:(?:an?|the)\s+)?["“‘']?$/u;

/**
 * Whether a term the words before it bring in (`EXPLAINED_BEFORE`) is named
 * after what it is: `(co-production)` after an explanation, or `This is
 * called co-production`. Not a term that only opens a bracket
 * ("(double-handed at bedtime)"), nor one after a name, which says who, not
 * what ("Helping Hands Homecare (bridging care)"), nor one after another
 * term to explain ("a personal budget (a direct payment)").
 */
function namedAfter(
  input: BlockInput,
  profile: ProfileName,
  start: number,
  before: string,
  after: string,
): boolean {
  if (!/\(\s*(?:(?:an?|the)\s+)?["“‘']?$/i.test(before)) return true;
  return (
    /^\s*["”’']?\s*\)/.test(after) &&
    !NAME_BEFORE_BRACKET.test(before) &&
    !termBeforeBracket(input, profile, start)
  );
}

/**
 * The words from `end` to the sentence's end at `to` that may say what the
 * term before them is. Only the words near the term are read, however long
 * the sentence: an explanation sits right beside it. Its short form in brackets is not what it is ("A Disabled Facilities
 * Grant (DFG) is money …"), nor is another term in brackets ("a personal
 * budget (a direct payment)"), which gives a second name.
 */
function wordsAfter(input: BlockInput, profile: ProfileName, end: number, to: number): string {
  const after = input.text.text.slice(end, Math.min(to, end + 200));
  return withoutSecondName(input, profile, end, after).replace(SHORT_FORM_AFTER, '');
}

/**
 * A term to explain to these readers, alone in brackets right after the words at `end`
 * ("(a direct payment)"), taken out of `after` (the text from `end`): it is
 * a second name that needs explaining too, not what the words are.
 */
function withoutSecondName(
  input: BlockInput,
  profile: ProfileName,
  end: number,
  after: string,
): string {
  const open = BRACKET_OPENS.exec(after);
  if (open === null) return after;
  const named = termToExplainAt(input, profile, end + open[0].length);
  if (named === undefined) return after;
  const close = /^\s*\)/.exec(after.slice(named.end - end));
  return close === null ? after : after.slice(named.end - end + close[0].length);
}
const BRACKET_OPENS = /^\s*\(\s*(?:(?:an?|the)\s+)?/i;

/**
 * Whether the words before the bracket that holds the term at `start` are a
 * term to explain to these readers, or one and a word that says which ("a Court of
 * Protection order (a Re X application)"): a name in brackets after jargon
 * is a second name, not a plain word's name.
 */
function termBeforeBracket(input: BlockInput, profile: ProfileName, start: number): boolean {
  return termBefore(input, profile, start) !== undefined;
}

/** The term to explain to these readers right before the bracket that holds `start`, if any. */
function termBefore(
  input: BlockInput,
  profile: ProfileName,
  start: number,
): PhraseMatch<PhraseValue> | undefined {
  const { text } = input.text;
  const open = text.lastIndexOf('(', start);
  if (open === -1) return undefined;
  const { matches } = input;
  // Matches are in order of where they start: only those just before the bracket are read.
  for (let i = lastStartingBefore(matches, open); i >= 0; i--) {
    const match = matches[i] as PhraseMatch<PhraseValue>;
    if (match.end < open - 60) break;
    if (!explainsTerm(match, profile) || match.end > open) continue;
    if (/^\s*(?:[\p{L}'’-]+\s*)?$/u.test(text.slice(match.end, open))) return match;
  }
  return undefined;
}

/**
 * The glossary entry of the other name, when the term at [start, end) and
 * another term to explain to these readers name one thing, one of them
 * alone in brackets: "the reablement service (Home First)", "a personal
 * budget (a direct payment)". Once the other is explained, so is this one.
 */
export function otherNameOf(
  input: BlockInput,
  profile: ProfileName,
  start: number,
  end: number,
): string | undefined {
  const { text } = input.text;
  const before = text.slice(Math.max(0, start - 12), start);
  if (
    /\(\s*(?:(?:an?|the)\s+)?["“‘']?$/i.test(before) &&
    /^\s*["”’']?\s*\)/.test(text.slice(end))
  ) {
    const match = termBefore(input, profile, start);
    if (match !== undefined && match.value.kind === 'glossary') return match.value.entry.id;
  }
  const open = BRACKET_OPENS.exec(text.slice(end, end + 12));
  if (open === null) return undefined;
  const named = termToExplainAt(input, profile, end + open[0].length);
  if (named === undefined || named.value.kind !== 'glossary') return undefined;
  return /^\s*["”’']?\s*\)/.test(text.slice(named.end)) ? named.value.entry.id : undefined;
}

/** The term to explain to these readers that starts at `at`, if any. */
function termToExplainAt(
  input: BlockInput,
  profile: ProfileName,
  at: number,
): PhraseMatch<PhraseValue> | undefined {
  const { matches } = input;
  const i = lastStartingBefore(matches, at + 1);
  const match = matches[i];
  return match !== undefined && match.start === at && explainsTerm(match, profile)
    ? match
    : undefined;
}

/** Whether the match is a term these readers need explained. */
function explainsTerm(match: PhraseMatch<PhraseValue>, profile: ProfileName): boolean {
  const { value } = match;
  return (
    value.kind === 'glossary' &&
    value.entry.action === 'explain' &&
    value.entry.audiences.includes(profile)
  );
}

/** The index of the last match that starts before `at`, or -1 (a binary search). */
function lastStartingBefore(matches: readonly PhraseMatch<PhraseValue>[], at: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((matches[mid] as PhraseMatch<PhraseValue>).start < at) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** A sentence that opens with "This" or "That", which points to the thing named last. */
const THIS_OPENS = /^\s*["“‘']?(?:this|that)\s/i;

/** Whether a glossary term starts between `from` and `to` (later in the same sentence). */
function termAfter(input: BlockInput, from: number, to: number): boolean {
  return input.matches.some(
    (match) => match.value.kind === 'glossary' && match.start >= from && match.start < to,
  );
}

/** Whether a sentence opens with what "it" does or is ("It tells you …", "It is …"). */
export function opensWithIt(sentence: string): boolean {
  return IT_DOES.test(sentence);
}

/**
 * "It tells you …", "It helps …", "It is a conversation": what "it" does or
 * is, which may be the previous sentence's subject.
 */
const IT_DOES =
  /^\s*["“‘']?it\s+(?:(?:can\s+|will\s+)?(?:looks? at|works? out|checks?|finds? out|decides?|lets?|helps?|tells?|sets? out|shows?|protects?|says?|lists?|records?|covers?|explains?|describes?)|is|means)\b/i;

/** Whether the next sentence explains the term, or the next block may. */
function explainedLater(
  input: BlockInput,
  sentenceIndex: number,
  term: string,
  {
    question = false,
    short,
    subject = true,
    amount = false,
    end,
  }: {
    /** The term is asked about: "What is X?". */
    question?: boolean;
    /** Its short form in brackets after it: "(PA)". */
    short?: string | undefined;
    /** It is the subject of its sentence, which "it" may stand for. */
    subject?: boolean;
    /** The term's sentence gives an amount after it: "This …" is that amount. */
    amount?: boolean;
    /** Where the term ends. */
    end?: number;
  } = {},
): Explained {
  const next = input.text.sentences[sentenceIndex + 1];
  if (next) {
    // Read only the start of the next sentence: an explanation opens it.
    const opening = nextOpening(input, sentenceIndex);
    if (!subject && IT_DOES.test(opening)) return false;
    // "They" is a person ("an advocate … They can help you") or a plural, never the
    // name of one thing: "The Safeguards are part of the Mental Capacity Act. They protect …".
    // (A body is "they": "… the Care Quality Commission. They check that hospitals …".)
    if (
      /^\s*["“‘']?they\b/i.test(opening) &&
      /^\p{Lu}/u.test(term) &&
      !/s$/i.test(term) &&
      !BODY_NAME.test(term)
    ) {
      return false;
    }
    // (Unless the amount is the money the term names and the sentence says what
    // it pays for: "a service charge of £24 a week. This covers cleaning …".)
    if (
      amount &&
      explainsSentence(opening) &&
      !(MONEY_TERM.test(term) && PAYS_FOR_THIS.test(opening))
    ) {
      return false;
    }
    // "… a personal budget and take it as a direct payment. This lets you …":
    // "This" is the thing named last, not every term before it.
    if (end !== undefined && THIS_OPENS.test(opening) && termAfter(input, end, next.start)) {
      return false;
    }
    return (
      explainsUse(opening, term, question) ||
      // "… Making Safeguarding Personal. This is a national approach. It means that …":
      // a short sentence that names what kind of thing, then what it means.
      (WHAT_KIND_ONLY.test(opening) && meansNext(nextOpening(input, sentenceIndex + 1))) ||
      (short !== undefined &&
        new RegExp(`\\b${short}s?\\b`).test(opening) &&
        startsByDefining(opening, short)) ||
      explainedInTurn(input, sentenceIndex, term)
    );
  }
  // (Where the term is not its sentence's subject, the next paragraph's "It …" is not the term.)
  return question ? 'answer-in-next-block' : subject ? 'next-block' : 'next-block-not-it';
}

/**
 * What a body does, right after its name opens a sentence: "The Care Quality
 * Commission checks care homes", "The Ombudsman looks into complaints" (not
 * "The Commission met in May").
 */
const BODY_DOES =
  /^\s+(?:checks|inspects|regulates|rates|looks into|investigates|decides|hears|runs|funds|pays for|protects|supports|represents|speaks up for|makes sure)\s+\p{L}/iu;

/** The last word of a body's name, which "they" may stand for: "the Care Quality Commission". */
const BODY_NAME =
  /\b(?:Commission|Council|Board|Team|Service|Trust|Ombudsman|Tribunal|Court|Authority|Agency|Partnership|Committee|Panel|Forum|Alliance|Group|Network|Centre)$/;

/**
 * "TEC includes telecare and telehealth. Telecare is equipment in your home
 * that … Telehealth lets you check …": terms named together, then each said
 * what it is in turn. The next sentence opens with another term and says
 * what that is; the one after it opens with this term and says what it is.
 */
function explainedInTurn(input: BlockInput, sentenceIndex: number, term: string): boolean {
  const next = input.text.sentences[sentenceIndex + 1];
  if (!next || !input.text.sentences[sentenceIndex + 2]) return false;
  // The look for the other term, among the paragraph's matches, comes last:
  // most uses never get this far.
  if (!startsByDefining(nextOpening(input, sentenceIndex + 1), term)) return false;
  const other = input.matches.find(
    (match) =>
      match.value.kind === 'glossary' && match.start >= next.start && match.start - next.start <= 4,
  );
  if (!other) return false;
  const otherTerm = input.text.text.slice(other.start, other.end);
  return startsByDefining(nextOpening(input, sentenceIndex), otherTerm);
}
