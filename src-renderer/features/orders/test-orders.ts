import type { OrderDetail, OrderLineView, OrderText } from '../../../src-shared/contract/orders';

/** Orders as the backend answers them, for the screens' tests. */
const text = (title: string): OrderText => ({
  institution: 'Fargʻona davlat universiteti',
  heading: 'BUYRUQ',
  dateLine: '',
  numberLine: '',
  place: 'Fargʻona sh.',
  title,
  preamble: 'Nizom asosida',
  command: 'BUYURAMAN:',
  paragraphs: [{ n: 1, text: 'Aliyev Vali akademik taʼtilga chiqarilsin.', studentIds: ['s1'], items: [] }],
  control: 'Nazorat dekanga yuklatilsin.',
  basis: 'Asos: ariza.',
  signature: { position: 'Rektor', name: 'B. Rektorov' },
});

export function orderLine(studentId: string, fullName: string, over: Partial<OrderLineView> = {}): OrderLineView {
  return {
    studentId,
    fullName,
    studentIdNumber: `ID-${studentId}`,
    departmentName: 'Fizika fakulteti',
    groupName: 'FIZ-23',
    course: 2,
    status: '11',
    paymentForm: '11',
    effectiveDate: '2026-11-30',
    reason: '12',
    newGroupId: null,
    newGroupName: null,
    leaveUntil: '2027-09-01',
    newName: null,
    note: '',
    problems: [],
    override: null,
    before: null,
    after: null,
    ...over,
  };
}

export function orderDetail(over: Partial<OrderDetail> = {}): OrderDetail {
  return {
    id: 'o1',
    type: 'academicLeave',
    status: 'draft',
    number: null,
    orderDate: null,
    departmentId: null,
    departmentName: null,
    studentCount: 2,
    blockedCount: 0,
    reversesOrderId: null,
    createdAt: '2026-11-28T09:00:00.000Z',
    createdByName: 'Operator',
    appliedAt: null,
    signerName: '',
    signerPosition: '',
    preambleUz: 'Nizom asosida',
    preambleRu: 'На основании положения',
    basisUz: 'ariza',
    basisRu: 'заявление',
    controlUz: '',
    controlRu: '',
    lines: [orderLine('s1', 'Aliyev Vali'), orderLine('s2', 'Bekova Zuhra')],
    text: {
      'uz-Latn': text('Akademik taʼtil berish toʻgʻrisida'),
      ru: text('О предоставлении академического отпуска'),
    },
    scan: null,
    reverses: null,
    reversedBy: [],
    approvedAt: null,
    ...over,
  };
}
