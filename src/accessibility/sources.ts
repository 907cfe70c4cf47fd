/**
 * Where each check comes from, written once so every finding cites its
 * source the same way (docs/sources.md).
 */
export const SOURCES = {
  pageTitled: 'WCAG 2.2 SC 2.4.2 Page Titled (A); GOV.UK publishing accessible documents',
  infoRelationships: 'WCAG 2.2 SC 1.3.1 Info and Relationships (A)',
  headings:
    'WCAG 2.2 SC 1.3.1 Info and Relationships (A), 2.4.6 Headings and Labels (AA) and 2.4.10 Section Headings (AAA)',
  nonText: 'WCAG 2.2 SC 1.1.1 Non-text Content (A)',
  linkPurpose:
    'WCAG 2.2 SC 2.4.4 Link Purpose (In Context) (A); GOV.UK publishing accessible documents',
  tables:
    'WCAG 2.2 SC 1.3.1 Info and Relationships (A); Cabinet Office accessible documents policy',
  lists: 'WCAG 2.2 SC 1.3.1 Info and Relationships (A); Plain English Campaign, use lists',
  capitals:
    'GOV.UK publishing accessible documents (no capitals, italics or underlining for emphasis)',
  paragraphs: 'ONS style guide (about 3 sentences a paragraph); Photosymbols easy read guide',
  alignment: 'GOV.UK publishing accessible documents (left aligned, not justified)',
  fontSize:
    'GOV.UK publishing accessible documents (at least 12 point); Mencap, Am I making myself clear?',
  fontSizeEasyRead: 'GOV.UK accessible communication formats, easy read (14 point)',
  language: 'WCAG 2.2 SC 3.1.1 Language of Page (A)',
  easyReadPictures: 'GOV.UK accessible communication formats, easy read; Department of Health 2010',
  easyReadLength: 'GOV.UK accessible communication formats, easy read (24 pages or fewer)',
  formLabels:
    'WCAG 2.2 SC 3.3.2 Labels or Instructions (A), 1.3.1 Info and Relationships (A) and 4.1.2 Name, Role, Value (A)',
  placeholder:
    'GOV.UK Design System, text input (do not use placeholder text as a label); WCAG 2.2 SC 3.3.2 (A)',
  requiredField:
    'WCAG 2.2 SC 1.4.1 Use of Color (A) and 3.3.2 Labels or Instructions (A); GOV.UK Design System',
  buttonText: 'Plain English Campaign guide to forms; GOV.UK Design System, buttons',
  labelColon: 'GOV.UK Design System, text input (no colon after a label)',
  formPlainLanguage: 'WCAG 2.2 SC 3.1.3 Unusual Words (AAA); Plain English Campaign guide to forms',
} as const;
