import { Link } from '@mui/material';
import type { Student } from '../../../../src-shared/contract/students';
import { formatDate } from '../../../../src-shared/domain/format';
import { formatUzPhone } from '../../../../src-shared/domain/phone';
import { useI18n } from '../../../app/i18n';
import { SectionCard } from '../../../ui/SectionCard';
import { codeName } from '../classifiers';
import { fullName } from '../student-format';
import { Facts } from './Facts';

/** Faculty, specialty, group and the HEMIS classifiers of the studies, named in the UI language. */
export function PlacementCard({ student: s }: { student: Student }) {
  const { t, tOr } = useI18n();
  return (
    <SectionCard title={t('studentCard.section.placement')} fill>
      <Facts
        rows={[
          { name: 'faculty', label: t('auditField.departmentId'), value: s.faculty?.name },
          {
            name: 'specialty',
            label: t('auditField.specialtyId'),
            value: s.specialty && fullName(s.specialty.code, s.specialty.name),
          },
          { name: 'group', label: t('auditField.groupId'), value: s.group?.name },
          { name: 'course', label: t('auditField.course'), value: s.course?.toString() },
          {
            name: 'educationForm',
            label: t('auditField.educationForm'),
            value: codeName(tOr, 'educationForm', s.educationForm),
          },
          {
            name: 'educationType',
            label: t('auditField.educationType'),
            value: codeName(tOr, 'educationType', s.educationType),
          },
          {
            name: 'educationLang',
            label: t('auditField.educationLang'),
            value: codeName(tOr, 'educationLang', s.educationLang),
          },
          {
            name: 'paymentForm',
            label: t('auditField.paymentForm'),
            value: codeName(tOr, 'paymentForm', s.paymentForm),
          },
          { name: 'yearOfEnter', label: t('auditField.yearOfEnter'), value: s.yearOfEnter?.toString() },
        ]}
      />
    </SectionCard>
  );
}

export function PersonalCard({ student: s }: { student: Student }) {
  const { t, tOr } = useI18n();
  return (
    <SectionCard title={t('studentCard.section.personal')} fill>
      <Facts
        rows={[
          { name: 'birthDate', label: t('auditField.birthDate'), value: formatDate(s.birthDate) },
          { name: 'gender', label: t('auditField.gender'), value: codeName(tOr, 'gender', s.gender) },
          {
            name: 'citizenship',
            label: t('auditField.citizenship'),
            value: codeName(tOr, 'citizenship', s.citizenship),
          },
        ]}
      />
    </SectionCard>
  );
}

/** Phone as `+998 90 123 45 67` (a tel: link for softphones), e-mail, address. */
export function ContactsCard({ student: s }: { student: Student }) {
  const { t } = useI18n();
  return (
    <SectionCard title={t('studentCard.section.contacts')} fill>
      <Facts
        rows={[
          {
            name: 'phone',
            label: t('auditField.phone'),
            value: s.phone && (
              <Link href={`tel:${s.phone}`} underline="hover" color="inherit">
                {formatUzPhone(s.phone)}
              </Link>
            ),
          },
          {
            name: 'email',
            label: t('auditField.email'),
            value: s.email && (
              <Link href={`mailto:${s.email}`} underline="hover">
                {s.email}
              </Link>
            ),
          },
          { name: 'address', label: t('auditField.address'), value: s.address },
        ]}
      />
    </SectionCard>
  );
}
