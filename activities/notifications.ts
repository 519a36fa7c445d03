/** The outbox, shared with the API (which queues invitations): see db/notification-queue.ts. */
export { queueNotification, type QueueNotificationInput } from '../db/notification-queue';
