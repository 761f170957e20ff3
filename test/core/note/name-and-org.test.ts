/** `speakers: William Morgan, Buoyant`: one speaker and a company, never at the cost of two real speakers. */
import { nameAndOrg } from '../../../src/core/note/name-and-org';

const ONE_SPEAKER_AND_ORG: [string, string | undefined, string, string][] = [
  ['William Morgan, Buoyant', undefined, 'William Morgan', 'Buoyant'],
  ['Kelsey Hightower, Google', undefined, 'Kelsey Hightower', 'Google'],
  ['Guido van Rossum, Microsoft', undefined, 'Guido van Rossum', 'Microsoft'],
  ["Mary O'Neil, IBM", undefined, "Mary O'Neil", 'IBM'],
  ['Jean-Luc Picard, Starfleet', undefined, 'Jean-Luc Picard', 'Starfleet'],
  ['Ada Lovelace, 37signals', undefined, 'Ada Lovelace', '37signals'],
  // A company by its form, whatever the name looks like.
  ['Brian, Acme Inc.', undefined, 'Brian', 'Acme Inc.'],
  ['Dana Lee, Weaveworks Ltd', undefined, 'Dana Lee', 'Weaveworks Ltd'],
  ['Sam, Kakao Brain Labs', undefined, 'Sam', 'Kakao Brain Labs'],
  ['Max Mustermann, Example GmbH', undefined, 'Max Mustermann', 'Example GmbH'],
  ['전상현, 카카오뱅크 주식회사', undefined, '전상현', '카카오뱅크 주식회사'],
  ['김광섭, (주)카카오', undefined, '김광섭', '(주)카카오'],
  ['김광섭、㈜카카오', undefined, '김광섭', '㈜카카오'],
  // The note's own org names the company.
  ['전상현, 카카오뱅크', '카카오뱅크', '전상현', '카카오뱅크'],
  ['Oliver Gould, buoyant', 'Buoyant', 'Oliver Gould', 'buoyant'],
];

test.each(ONE_SPEAKER_AND_ORG)('%j (org %j) is %j of %j', (value, org, name, company) => {
  expect(nameAndOrg(value, org)).toEqual({ name, org: company });
});

const SPEAKERS: [string, string | undefined][] = [
  // Korean names and companies look alike: two speakers unless org or a company form says otherwise.
  ['전상현, 김광섭', undefined],
  ['전상현, 카카오뱅크', undefined],
  ['전상현, 카카오뱅크', '카카오'],
  ['Oliver Gould, William Morgan', undefined],
  ['Brian, Lucas', undefined],
  ['Brian Walsh, Lucas', 'Kakao'],
  ['William Morgan, Buoyant', 'Linkerd Foundation'],
  ['william morgan, buoyant', undefined],
  ['Ada, Grace, Linus', undefined],
  ['William Morgan', undefined],
  ['William Morgan,', undefined],
  ['[[William Morgan]], Buoyant', undefined],
  ['The Rust Team, Mozilla Research', undefined],
  ['Anna Karenina Tolstaya Ivanovna Petrova, Yandex', undefined],
];

test.each(SPEAKERS)('%j (org %j) stays as written', (value, org) => {
  expect(nameAndOrg(value, org)).toBeNull();
});
