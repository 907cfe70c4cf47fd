import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checker/index';
import { glossary } from './glossary';

describe('passive-voice', () => {
  it.each<[string, [string, string][]]>([
    [
      'The form was completed last week.',
      [['was completed', 'Say who completed it, rather than “was completed”.']],
    ],
    // What a person was given goes into the active version, so it reads as a whole thought
    // (after "ask", "offer", "give" and the like a noun is their object, not what they describe).
    [
      'You might be offered a short stay in a care home.',
      [['be offered', 'Say who might offer you a short stay, rather than “might be offered”.']],
    ],
    [
      'You will be asked questions about your money.',
      [
        [
          'be asked',
          'Say who will ask you questions about your money, rather than “will be asked”.',
        ],
      ],
    ],
    // What was given ends before "rather than", and never on "a" …
    [
      'You may be offered a place rather than a refund.',
      [['be offered', 'Say who may offer you a place, rather than “may be offered”.']],
    ],
    [
      'You may be offered a big new bed the same week.',
      [['be offered', 'Say who may offer you a big new bed, rather than “may be offered”.']],
    ],
    // "up to" is "at most", not a particle: never "Say who may offer you up".
    [
      'You may be offered up to six weeks of help.',
      [['be offered', 'Say who may offer you, rather than “may be offered”.']],
    ],
    // Nor is "out" before "of".
    [
      'Advisers can be contacted out of hours in an emergency.',
      [['be contacted', 'Say who can contact them, rather than “can be contacted”.']],
    ],
    // A name that starts with a participle is no passive.
    ['Some social workers are also Approved Mental Health Professionals.', []],
    // After "and", the passive shares its subject with the verb before it.
    [
      'Residence life advisers live on site and can be contacted in an emergency.',
      [['be contacted', 'Say who can contact them, rather than “can be contacted”.']],
    ],
    [
      'You may name one co-worker, who can help on the plot and will be offered the tenancy first.',
      [['be offered', 'Say who will offer them the tenancy first, rather than “will be offered”.']],
    ],
    [
      'The plan was written in May and will be reviewed in June.',
      [['be reviewed', 'Say who will review it, rather than “will be reviewed”.']],
    ],
    [
      'It covers who can be referred.',
      [['be referred', 'Say who can refer them, rather than “can be referred”.']],
    ],
    // Words between the modal and "be" stay in the verb.
    [
      'You must first be referred to the Council.',
      [['be referred', 'Say who must first refer you, rather than “must first be referred”.']],
    ],
    // "who" takes the verb of one ("who needs to"), and a modal before "need to" stays with it.
    [
      'The forms need to be sent to the council.',
      [['be sent', 'Say who needs to send them, rather than “need to be sent”.']],
    ],
    [
      'Power tools and mowers may need to be sent to the maker for checks.',
      [['be sent', 'Say who may need to send them, rather than “may need to be sent”.']],
    ],
    [
      'He was asked to leave early.',
      [['was asked', 'Say who asked him, rather than “was asked”.']],
    ],
    // A participle that describes the noun after it is not a passive …
    ['Some jobs are planned work and others are urgent.', []],
    ['These beds are funded places.', []],
    // … but a time after it is not what it describes.
    [
      'The service was commissioned years ago.',
      [['was commissioned', 'Say who commissioned it, rather than “was commissioned”.']],
    ],
    [
      'The plan was approved today.',
      [['was approved', 'Say who approved it, rather than “was approved”.']],
    ],
    // A set phrase of minutes.
    ['The minutes of the last meeting were agreed as a correct record.', []],
    ['The minutes were approved as a true and accurate record.', []],
    ['The minutes of the meeting on 12 December 2024 were agreed as correct.', []],
    // A resolution in minutes says what the meeting decided.
    ['RESOLVED – That the Work Programme be updated accordingly.', []],
    // A subject that names no particular thing: nobody needs to know who acted.
    ['We will tell you about any charge before anything is arranged.', []],
    ['Nothing is decided until you agree.', []],
    [
      'We will tell you about any charge before the care is arranged.',
      [['is arranged', 'Say who arranges it, rather than “is arranged”.']],
    ],
    // So is a numbered item under "RESOLVED that:", and a recommendation's "that … be".
    ['(1) the report be approved;', []],
    ['Officers recommend that the plan be approved in May.', []],
    [
      'The plan will be approved in May.',
      [['be approved', 'Say who will approve it, rather than “will be approved”.']],
    ],
    // A thing with a name is "it", not a person.
    [
      'The Work Programme was approved in May.',
      [['was approved', 'Say who approved it, rather than “was approved”.']],
    ],
    // A report's recommendations: everyone knows who asks.
    ['The Board is asked to note the contents of this report.', []],
    ['Members are invited to approve the proposed fee rise.', []],
    [
      'The Board was asked to leave the room.',
      [['was asked', 'Say who asked them, rather than “was asked”.']],
    ],
    // The verb in its everyday sense, as the glossary reads it.
    ['The parcel was delivered to the wrong house.', []],
    ['Our milk is delivered every Tuesday.', []],
    [
      'The service will be delivered from April.',
      [['be delivered', 'Say who will deliver it, rather than “will be delivered”.']],
    ],
    // The reader is asked to act: "we complete it" would be wrong.
    ['Please ensure the form is completed.', []],
    ['Please make sure the form is completed.', []],
    // Who acted is said: nothing is hidden, even a few words on.
    ['The premises were approved for a late licence by the council.', []],
    ['The form was completed by the team.', []],
    ['Progress will be monitored by the Health and Wellbeing Board.', []],
    // In quotes: a title or someone's words, not the writer's to reword.
    ['I have enclosed our leaflet "Choosing how your care is arranged" and a form.', []],
    [
      'I have enclosed our leaflet, and how your care is arranged is up to you.',
      [['is arranged', 'Say who arranges it, rather than “is arranged”.']],
    ],
    // A phrase after the verb says who acts, without "by".
    ['Some treatments, such as tooth whitening, are not offered on the NHS.', []],
    [
      'Some treatments are not offered on Sundays.',
      [['are not offered', 'Say who does not offer them, rather than “are not offered”.']],
    ],
    // The writer was acted on: "we offered them" would turn the meaning round.
    ['We were offered a discount for paying early.', []],
    ['We have been asked to send the form back.', []],
    ['I was told to wait outside the office.', []],
    // A word after the verb says who acts ("nationally"), or that nobody does.
    ['The rate is decided nationally.', []],
    ['The payment will be made automatically each month.', []],
    [
      'The rate is decided each year.',
      [['is decided', 'Say who decides it, rather than “is decided”.']],
    ],
    // "by" and a time does not say who.
    [
      'The form must be completed by the end of May.',
      [['be completed', 'Say who must complete it, rather than “must be completed”.']],
    ],
    [
      'Progress will be monitored every quarter.',
      [['be monitored', 'Say who will monitor it, rather than “will be monitored”.']],
    ],
    [
      'Your plan will be reviewed every year.',
      [['be reviewed', 'Say who will review it, rather than “will be reviewed”.']],
    ],
    [
      'It was agreed that the report would go to the board.',
      [['was agreed', 'Say who agreed this, rather than “it was agreed that …”.']],
    ],
    // A person is not "it": "him", "her", or "them" for a name.
    [
      'He was assessed in May.',
      [['was assessed', 'Say who assessed him, rather than “was assessed”.']],
    ],
    [
      'She has not been allocated a social worker yet.',
      [
        [
          'been allocated',
          'Say who has not allocated her a social worker, rather than “has not been allocated”.',
        ],
      ],
    ],
    [
      'Mr K was assessed as having capacity.',
      [['was assessed', 'Say who assessed them, rather than “was assessed”.']],
    ],
    [
      'In June, David will be reviewed again.',
      [['be reviewed', 'Say who will review them, rather than “will be reviewed”.']],
    ],
    // "had" does not say the number: the word before it does.
    [
      'The risk assessments had not been updated after the falls.',
      [['been updated', 'Say who had not updated them, rather than “had not been updated”.']],
    ],
    // "you" stays "you".
    [
      'You will be assessed at home.',
      [['be assessed', 'Say who will assess you, rather than “will be assessed”.']],
    ],
    // An infinitive has nobody to turn into the object.
    ['To be assessed, you must first ask the council.', []],
    // A word for a person is "them", never "it".
    [
      'The carer was assessed in May.',
      [['was assessed', 'Say who assessed them, rather than “was assessed”.']],
    ],
    // The person before an aside set off by commas.
    [
      'Liam Doyle, 38, of no fixed abode, was sent to the Crown Court.',
      [['was sent', 'Say who sent them, rather than “was sent”.']],
    ],
    [
      'The parcel, which was heavy, was sent to the wrong address.',
      [['was sent', 'Say who sent it, rather than “was sent”.']],
    ],
    // A word that goes with the verb stays with it.
    [
      'The papers were sent out late.',
      [['were sent', 'Say who sent them out, rather than “were sent”.']],
    ],
    // A month is not a person, and a month's capital "May" is no modal.
    [
      'The coach trip in July was arranged quickly.',
      [['was arranged', 'Say who arranged it, rather than “was arranged”.']],
    ],
    [
      'The visit in May was arranged quickly.',
      [['was arranged', 'Say who arranged it, rather than “was arranged”.']],
    ],
    [
      'The visits in May were arranged quickly.',
      [['were arranged', 'Say who arranged them, rather than “were arranged”.']],
    ],
    [
      'The visit may be arranged quickly.',
      [['be arranged', 'Say who may arrange it, rather than “may be arranged”.']],
    ],
    // A short form is not a person.
    [
      'On discharge a CTO is being considered.',
      [['is being considered', 'Say who is considering it, rather than “is being considered”.']],
    ],
    // "not", "never" and "already" stay where they were.
    [
      'The plan will not be reviewed this year.',
      [['be reviewed', 'Say who will not review it, rather than “will not be reviewed”.']],
    ],
    [
      'The form was never completed.',
      [['was never completed', 'Say who never completed it, rather than “was never completed”.']],
    ],
    [
      'The referral was not sent on time.',
      [['was not sent', 'Say who did not send it, rather than “was not sent”.']],
    ],
    [
      'The plan is not reviewed often enough.',
      [['is not reviewed', 'Say who does not review it, rather than “is not reviewed”.']],
    ],
    [
      'The money has already been allocated.',
      [
        [
          'been allocated',
          'Say who has already allocated it, rather than “has already been allocated”.',
        ],
      ],
    ],
    // At most one a paragraph.
    [
      'Letters were sent and calls were requested.',
      [['were sent', 'Say who sent them, rather than “were sent”.']],
    ],
    // The active words keep the tense, the modal and the number written.
    [
      'A personal budget is an amount of money that is allocated to you.',
      [['is allocated', 'Say who allocates it, rather than “is allocated”.']],
    ],
    [
      'When people are assessed, we ask about their carers.',
      [['are assessed', 'Say who assesses them, rather than “are assessed”.']],
    ],
    [
      'Carers should be asked about their willingness to continue.',
      [['be asked', 'Say who should ask them, rather than “should be asked”.']],
    ],
    [
      'The plan needs to be reviewed by March.',
      [['be reviewed', 'Say who needs to review it, rather than “needs to be reviewed”.']],
    ],
    [
      'Letters were being sent to every family.',
      [['were being sent', 'Say who was sending them, rather than “were being sent”.']],
    ],
    [
      'The work was undertaken last year.',
      [['was undertaken', 'Say who undertook it, rather than “was undertaken”.']],
    ],
    [
      'The budget has been allocated to the team.',
      [['been allocated', 'Say who has allocated it, rather than “has been allocated”.']],
    ],
    [
      'Your plan is being reviewed this week.',
      [['is being reviewed', 'Say who is reviewing it, rather than “is being reviewed”.']],
    ],
    // Nobody needs to know who acted.
    ['The road was closed after the storm.', []],
    ['She was born in Leeds in 1950.', []],
    ['You are entitled to a review of your plan.', []],
    ['Your family can be involved if you want.', []],
    ['The money is not paid until May.', []],
    ['She is disabled and is interested in art.', []],
    ['We completed the form.', []],
    ['The team is based in Leeds.', []],
    // Nobody is named: the one who acts may be the writer, a doctor or a bidder.
    [
      'Carers told us they are often not asked whether they can cope.',
      [
        [
          'are often not asked',
          'Say who often does not ask them, rather than “are often not asked”.',
        ],
      ],
    ],
    // A word after "not" stays after it.
    [
      "Mr D's mental capacity was not properly assessed.",
      [
        [
          'was not properly assessed',
          'Say who did not properly assess it, rather than “was not properly assessed”.',
        ],
      ],
    ],
    [
      'Care plans are often not fully completed.',
      [
        [
          'are often not fully completed',
          'Say who often does not fully complete them, rather than “are often not fully completed”.',
        ],
      ],
    ],
    [
      'Support plans must be reviewed every six months.',
      [['be reviewed', 'Say who must review them, rather than “must be reviewed”.']],
    ],
    // A report's recommendations, listed after "asked to:".
    ['The Board is asked to:\n\n- note the report;\n- agree the plan.', []],
    // An idiom of two words.
    ['Our striker was sent off for a late tackle.', []],
    // … or with the word before it: a state, no places left.
    ['The coach trip in July was fully booked.', []],
    ['The day centre is fully booked on Mondays.', []],
    [
      'The room was booked for the review.',
      [['was booked', 'Say who booked it, rather than “was booked”.']],
    ],
    // Food, drink and comforts at a meeting: nobody needs to know who brings them.
    ['Lunch will be provided.', []],
    ['Tea and coffee will also be provided from 10am.', []],
    ['Free parking is provided at the back of the building.', []],
    // What minutes record as a matter of form.
    ['Apologies were noted as above.', []],
    ['Apologies for absence were received from Cllr Shah.', []],
    // "up 9%" is a change in a number, not a particle of the verb.
    [
      '612 assessments were completed, up 9% on quarter 1.',
      [['were completed', 'Say who completed them, rather than “were completed”.']],
    ],
    // What a meeting does with an item, in the simple past: the meeting did it.
    ['The draft action plan was discussed.', []],
    ['The quarterly figures were noted.', []],
    ['Both options were considered in detail.', []],
    // Not when it is still to happen, or when "it … that" hides who decided.
    [
      'The draft action plan will be discussed in May.',
      [['be discussed', 'Say who will discuss it, rather than “will be discussed”.']],
    ],
    [
      'The request is being considered.',
      [['is being considered', 'Say who is considering it, rather than “is being considered”.']],
    ],
    [
      'It was noted that the waiting list had grown.',
      [['was noted', 'Say who noted this, rather than “it was noted that …”.']],
    ],
    // Care and support are not comforts: who provides them matters.
    [
      'Meals will be provided at home.',
      [['be provided', 'Say who will provide them, rather than “will be provided”.']],
    ],
    [
      'Support will be provided to help you stay at home.',
      [['be provided', 'Say who will provide it, rather than “will be provided”.']],
    ],
    [
      'The letters were sent to every tenant.',
      [['were sent', 'Say who sent them, rather than “were sent”.']],
    ],
    // A number after "by" gives a time or an amount, unless who it counts comes next.
    ['Most of this care is provided by 28 agencies on the framework.', []],
    [
      'The plan will be reviewed by 28 March.',
      [['be reviewed', 'Say who will review it, rather than “will be reviewed”.']],
    ],
    [
      'The plan will be reviewed by 3 days after the visit.',
      [['be reviewed', 'Say who will review it, rather than “will be reviewed”.']],
    ],
    // A line of its own with no full stop is a title or heading, in plain
    // text as in a page, not a sentence to rewrite.
    ['How your care is paid for\n\nWe will write to you.', []],
    ['Support will be provided at home\n\nWe will write to you.', []],
    // With a full stop, or 12 words or more, it is a sentence.
    [
      'Support will be provided at home.\n\nWe will write to you.',
      [['be provided', 'Say who will provide it, rather than “will be provided”.']],
    ],
    [
      'Support will be provided at home for as long as you need it each week\n\nWe will write to you.',
      [['be provided', 'Say who will provide it, rather than “will be provided”.']],
    ],
    // A list item with no full stop is still a sentence of the list.
    [
      'What happens next:\n\n- Your plan will be reviewed every year',
      [['be reviewed', 'Say who will review it, rather than “will be reviewed”.']],
    ],
  ])('%s', (text, expected) => {
    expect(
      check(text, { glossary })
        .findings.filter((f) => f.ruleId === 'passive-voice')
        .map((f) => [f.text, f.message]),
    ).toEqual(expected);
  });
});
