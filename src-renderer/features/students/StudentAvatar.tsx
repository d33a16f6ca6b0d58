import { Avatar } from '@mui/material';
import { avatarColor, initials } from './student-format';

/** The thumbnail photo, or the initials on a colour of their own when there is no photo. */
export function StudentAvatar({
  thumb,
  lastName,
  firstName,
  seed,
  size = 44,
}: {
  thumb: string | null;
  lastName: string;
  firstName: string;
  seed: string;
  size?: number;
}) {
  if (thumb) return <Avatar src={thumb} alt="" sx={{ width: size, height: size }} data-testid="avatar-photo" />;
  return (
    <Avatar
      sx={{ width: size, height: size, bgcolor: avatarColor(seed), fontSize: size * 0.38, fontWeight: 600 }}
      data-testid="avatar-initials"
    >
      {initials(lastName, firstName)}
    </Avatar>
  );
}
