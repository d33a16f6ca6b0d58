import { orderTextsSchema, type OrderTexts } from '../../../src-shared/contract/orders';
import {
  buildOrderTexts,
  paragraphNumberOf,
  type Localized,
  type OrderTextInput,
  type OrderTextStudent,
} from '../../../src-shared/domain/order-text';
import type { OrderType } from '../../../src-shared/domain/orders';
import { latinToCyrillic } from '../../../src-shared/domain/transliterate';
import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../../db/connection';

/**
 * The order's text in uz-Latn and ru, generated from its rows and the students' data as they are now (a
 * draft's preview; approval stores the result and it is never generated again). Four queries, whatever
 * the number of students: the order (with the one it revokes), its lines with the students, groups and
 * faculties, and the institution.
 */

interface OrderRow {
  type: OrderType;
  status: string;
  number: string | null;
  orderDate: string | null;
  signerName: string;
  signerPosition: string;
  preambleUz: string;
  preambleRu: string;
  basisUz: string;
  basisRu: string;
  controlUz: string;
  controlRu: string;
  revId: string | null;
  revType: OrderType | null;
  revNumber: string | null;
  revDate: string | null;
  revText: string | null;
}

interface LineRow {
  studentId: string;
  effectiveDate: string;
  reason: string;
  leaveUntil: string | null;
  newName: string | null;
  note: string;
  lastNameLat: string;
  firstNameLat: string;
  patronymicLat: string;
  lastNameCyr: string;
  firstNameCyr: string;
  patronymicCyr: string;
  gender: string | null;
  course: number | null;
  paymentForm: string | null;
  groupName: string | null;
  facLat: string | null;
  facCyr: string | null;
  facRu: string | null;
  newGroupName: string | null;
  newCourse: number | null;
  newFacLat: string | null;
  newFacCyr: string | null;
  newFacRu: string | null;
}

interface InstitutionRow {
  nameUzLatn: string;
  nameUzCyrl: string;
  nameRu: string;
  city: string;
  rectorName: string;
  signatories: string;
}

const fullName = (...parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(' ');

/** A faculty in both languages: Russian as recorded, else the Uzbek Cyrillic, else transliterated (as documents do). */
function facultyOf(lat: string | null, cyr: string | null, ru: string | null): Localized {
  const latin = lat ?? '';
  return { 'uz-Latn': latin, ru: ru || cyr || (latin ? latinToCyrillic(latin) : '') };
}

function loadOrder(db: Sqlite, orderId: string): OrderRow {
  const order = db
    .prepare(
      `select o.type, o.status, o.number, o.order_date as orderDate, o.signer_name as signerName,
              o.signer_position as signerPosition, o.preamble_uz as preambleUz, o.preamble_ru as preambleRu,
              o.basis_uz as basisUz, o.basis_ru as basisRu, o.control_uz as controlUz, o.control_ru as controlRu,
              r.id as revId, r.type as revType, r.number as revNumber,
              r.order_date as revDate, r.approved_text as revText
         from orders o left join orders r on r.id = o.reverses_order_id
        where o.id = ?`,
    )
    .get(orderId) as OrderRow | undefined;
  if (!order) throw new AppError('NOT_FOUND', 'error.notFound', `Order ${orderId} not found`);
  return order;
}

function loadLines(db: Sqlite, orderId: string): LineRow[] {
  return db
    .prepare(
      `select l.student_id as studentId, l.effective_date as effectiveDate, l.reason, l.leave_until as leaveUntil,
              l.new_name as newName, l.note, s.last_name_lat as lastNameLat, s.first_name_lat as firstNameLat,
              s.patronymic_lat as patronymicLat, s.last_name_cyr as lastNameCyr, s.first_name_cyr as firstNameCyr,
              s.patronymic_cyr as patronymicCyr, s.gender, s.course, s.payment_form as paymentForm,
              g.name as groupName, d.name_uz_latn as facLat, d.name_uz_cyrl as facCyr, d.name_ru as facRu,
              ng.name as newGroupName, ng.course as newCourse, nd.name_uz_latn as newFacLat,
              nd.name_uz_cyrl as newFacCyr, nd.name_ru as newFacRu
         from order_lines l
         join students s on s.id = l.student_id
         -- A group change formalising a move made on the structure screen names the group the student left.
         left join groups g on g.id = case when s.group_id = l.new_group_id then coalesce(
             (select m.from_group_id from student_movements m
               where m.student_id = s.id and m.kind = 'group_change' and m.order_id is null and m.to_group_id = s.group_id
               order by m.effective_date desc, m.created_at desc limit 1), s.group_id) else s.group_id end
         left join departments d on d.id = coalesce(s.department_id, g.department_id)
         left join groups ng on ng.id = l.new_group_id
         left join departments nd on nd.id = ng.department_id
        where l.order_id = ?
        order by l.position`,
    )
    .all(orderId) as LineRow[];
}

/** Who signs a draft: the order's signer once typed, else the rector of the institution profile. */
function signerOf(order: OrderRow, inst: InstitutionRow | undefined): { position: string; name: string } {
  if (order.signerName.trim()) return { position: order.signerPosition, name: order.signerName };
  let signatories: { role: string; position: string; fullName: string }[] = [];
  try {
    signatories = JSON.parse(inst?.signatories ?? '[]') as typeof signatories;
  } catch {
    // a broken profile value: fall back to the rector's name below
  }
  const rector = signatories.find((s) => s.role === 'rector');
  if (rector) return { position: rector.position, name: rector.fullName };
  return { position: '', name: inst?.rectorName ?? '' };
}

function revokedTextOf(order: OrderRow): OrderTexts | null {
  if (!order.revText) return null;
  const parsed = orderTextsSchema.safeParse(JSON.parse(order.revText));
  return parsed.success ? parsed.data : null;
}

/** Everything the text builder needs, read in four queries. */
export function orderTextInput(db: Sqlite, orderId: string): OrderTextInput {
  const order = loadOrder(db, orderId);
  const lines = loadLines(db, orderId);
  const inst = db
    .prepare(
      `select name_uz_latn as nameUzLatn, name_uz_cyrl as nameUzCyrl, name_ru as nameRu, city,
              rector_name as rectorName, signatories
         from institution where id = 'main'`,
    )
    .get() as InstitutionRow | undefined;
  const revoked = revokedTextOf(order);
  const instLat = inst?.nameUzLatn ?? '';
  const students = lines.map((l): OrderTextStudent => ({
    studentId: l.studentId,
    nameLat: fullName(l.lastNameLat, l.firstNameLat, l.patronymicLat),
    nameCyr: fullName(l.lastNameCyr, l.firstNameCyr, l.patronymicCyr),
    gender: l.gender,
    faculty: facultyOf(l.facLat, l.facCyr, l.facRu),
    course: l.course,
    group: l.groupName ?? '',
    paymentForm: l.paymentForm,
    effectiveDate: l.effectiveDate,
    reason: l.reason,
    leaveUntil: l.leaveUntil,
    newGroup:
      l.newGroupName !== null
        ? { name: l.newGroupName, course: l.newCourse, faculty: facultyOf(l.newFacLat, l.newFacCyr, l.newFacRu) }
        : null,
    newName: l.newName,
    note: l.note,
    revokedParagraph: revoked ? paragraphNumberOf(revoked['uz-Latn'], l.studentId) : null,
  }));
  return {
    type: order.type,
    number: order.number,
    orderDate: order.orderDate,
    institution: {
      'uz-Latn': instLat,
      ru: inst?.nameRu || inst?.nameUzCyrl || (instLat ? latinToCyrillic(instLat) : ''),
    },
    city: inst?.city ?? '',
    signer: signerOf(order, inst),
    preamble: { 'uz-Latn': order.preambleUz, ru: order.preambleRu },
    control: { 'uz-Latn': order.controlUz, ru: order.controlRu },
    basis: { 'uz-Latn': order.basisUz, ru: order.basisRu },
    reverses:
      order.revId && order.revType ? { number: order.revNumber, orderDate: order.revDate, type: order.revType } : null,
    students,
  };
}

/**
 * The order's text in uz-Latn and ru, generated from its rows and the students' current data (a draft's
 * preview; approval stores the result).
 */
export function orderTextsFor(db: Sqlite, orderId: string): OrderTexts {
  return buildOrderTexts(orderTextInput(db, orderId));
}

/** The text as it stands: the approved one once there is one (never generated again), else generated now. */
export function currentOrderTexts(db: Sqlite, orderId: string): { status: string; texts: OrderTexts } {
  const row = db.prepare(`select status, approved_text as approvedText from orders where id = ?`).get(orderId) as
    { status: string; approvedText: string | null } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'error.notFound', `Order ${orderId} not found`);
  if (row.status !== 'draft' && row.approvedText) {
    const parsed = orderTextsSchema.safeParse(JSON.parse(row.approvedText));
    if (parsed.success) return { status: row.status, texts: parsed.data };
  }
  return { status: row.status, texts: orderTextsFor(db, orderId) };
}
