/** The raw side of an OCI failure, for the end of an advice message: `Cause: 404 NotAuthorizedOrNotFound: …`. */
import { messageOf } from '../common/errors.js';
import { statusOf } from './errors.js';

export function causeOf(error: unknown): string {
  const status = statusOf(error);
  const record = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  const code = typeof record.serviceCode === 'string' ? ` ${record.serviceCode}` : '';
  return `Cause: ${status === undefined ? '' : `${status}${code}: `}${messageOf(error)}`;
}
