/** WhatsApp click-to-chat links (wa.me): numbers normalised to 62..., invalid numbers give no link. */
import { phoneKey } from '../read/text';

export function waLink(phone: unknown, message = ''): string {
  const digits = phoneKey(phone);
  if (digits === '') return '';
  return `https://wa.me/${digits}${message ? `?text=${encodeURIComponent(message)}` : ''}`;
}
