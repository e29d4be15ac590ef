/**
 * WhatsApp click-to-chat links (wa.me): numbers normalised to 62..., and a link only for an
 * Indonesian mobile number (DOMAIN 1); a landline or anything else gives none.
 */
import { isMobile, phoneKey } from '../read/text';

export function waLink(phone: unknown, message = ''): string {
  const digits = phoneKey(phone);
  if (!isMobile(digits)) return '';
  return `https://wa.me/${digits}${message ? `?text=${encodeURIComponent(message)}` : ''}`;
}
