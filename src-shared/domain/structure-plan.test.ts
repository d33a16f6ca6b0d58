import { describe, expect, it } from 'vitest';
import { countOutcomes, planPlacement, planSubjects, subjectKey, type PlanStudent } from './structure-plan';

const st = (id: string, groupId: string | null, status = '11', curriculumId: string | null = null): PlanStudent => ({
  id,
  name: id.toUpperCase(),
  status,
  groupId,
  groupName: groupId,
  curriculumId,
});

describe('placement plan: assign to a group / move between groups', () => {
  it.each([
    ['no group → assign', st('a', null), 'assign', 'change', null],
    ['no group → move', st('a', null), 'move', 'blocked', 'structure.blocked.noGroup'],
    ['other group → assign', st('a', 'G1'), 'assign', 'blocked', 'structure.blocked.hasGroup'],
    ['other group → move', st('a', 'G1'), 'move', 'change', null],
    ['already in the target', st('a', 'T'), 'move', 'already', null],
    ['already in the target (assign)', st('a', 'T'), 'assign', 'already', null],
    ['expelled', st('a', 'G1', '12'), 'move', 'blocked', 'structure.blocked.status'],
    ['graduated', st('a', null, '14'), 'assign', 'blocked', 'structure.blocked.status'],
    ['on academic leave may move', st('a', 'G1', '13'), 'move', 'change', null],
    ['gone', { ...st('a', null), missing: true }, 'assign', 'blocked', 'structure.blocked.notFound'],
  ] as const)('%s', (_name, student, mode, outcome, reason) => {
    const [item] = planPlacement([student], 'T', mode);
    expect(item).toMatchObject({ outcome, reason, fromGroupId: student.groupId });
  });

  it('lists a student selected twice once, in the order given', () => {
    const items = planPlacement([st('b', null), st('a', null), st('b', null)], 'T', 'assign');
    expect(items.map((i) => i.studentId)).toEqual(['b', 'a']);
    expect(countOutcomes(items)).toEqual({ change: 2, already: 0, blocked: 0 });
  });
});

describe('subject plan: curriculum subjects for a year', () => {
  const subjects = [
    { id: 's1', name: 'Matematika', curriculumId: 'C', semester: '11' },
    { id: 's2', name: 'Fizika', curriculumId: 'C', semester: '11' },
  ];

  it.each([
    ['own curriculum', st('a', 'G', '11', 'C'), false, new Set<string>(), ['change', 'change']],
    ['another curriculum', st('a', 'G', '11', 'X'), false, new Set<string>(), ['blocked', 'blocked']],
    ['another curriculum, re-study group', st('a', 'G', '11', 'X'), true, new Set<string>(), ['change', 'change']],
    ['one already assigned', st('a', 'G', '11', 'C'), false, new Set([subjectKey('a', 's1')]), ['already', 'change']],
    ['expelled', st('a', 'G', '12', 'C'), true, new Set<string>(), ['blocked', 'blocked']],
  ] as const)('%s', (_name, student, restudy, existing, outcomes) => {
    expect(planSubjects([student], subjects, existing, restudy).map((i) => i.outcome)).toEqual(outcomes);
  });
});
