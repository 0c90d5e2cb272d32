// A person's chosen cadences and their notification settings row (created on first use,
// with the token their mails' unsubscribe links carry).
import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { cadenceOf, type Cadence } from "@/lib/domain/notifications/preferences";
import type { EventKind } from "@/lib/domain/events/event-kinds";

type Db = Prisma.TransactionClient;

export async function chosenCadences(db: Db, userId: string): Promise<Map<string, string>> {
  const rows = await db.notificationPreference.findMany({ where: { userId }, select: { kind: true, cadence: true } });
  return new Map(rows.map((row) => [row.kind, row.cadence]));
}

export async function cadenceFor(db: Db, userId: string, kind: EventKind): Promise<Cadence> {
  return cadenceOf(kind, await chosenCadences(db, userId));
}

export function newToken(): string {
  return randomBytes(24).toString("base64url");
}

export async function ensureNotificationSettings(db: Db, userId: string) {
  return db.notificationSettings.upsert({ where: { userId }, create: { userId, unsubscribeToken: newToken() }, update: {}, });
}
