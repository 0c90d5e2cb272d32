import { z } from "zod";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { ZId, ZText } from "./common";

// Kept in step with MIN_PASSWORD_LENGTH in lib/auth/auth.ts (that file is server-only).
export const PASSWORD_MIN = 12;

export const ZEmail = z
  .string({ error: "is required" })
  .trim()
  .toLowerCase()
  .min(1, "is required")
  .max(254, "must be at most 254 characters")
  .pipe(z.email({ error: "must be an email address like name@example.org" }));

export const ZPassword = z
  .string({ error: "is required" })
  .min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`)
  .max(256, "must be at most 256 characters");

export const ZRole = z.enum(ROLES, { error: `must be one of ${ROLES.map((role) => ROLE_LABELS[role]).join(", ")}` });

/** Forms send one value per checkbox; the API sends an array. */
export const ZRoles = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(ZRole).transform((roles) => [...new Set(roles)]),
);

export const ZCreateUserInput = z.object({
  email: ZEmail,
  name: ZText(2, 120),
  roles: ZRoles,
  password: ZPassword,
});

export const ZSetUserRolesInput = z.object({ userId: ZId, roles: ZRoles });

export const ZUserIdInput = z.object({ userId: ZId });

/** No userId: the acting user's own sessions. */
export const ZSignOutEverywhereInput = z.object({ userId: z.preprocess((value) => (value === "" ? undefined : value), ZId.optional()) });

export const ZChangeOwnPasswordInput = z
  .object({
    currentPassword: z.string({ error: "is required" }).min(1, "is required"),
    newPassword: ZPassword,
    confirmPassword: z.string({ error: "is required" }),
  })
  .superRefine((value, ctx) => {
    if (value.newPassword !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "does not match the new password" });
    }
    if (value.newPassword === value.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "must differ from the current password" });
    }
  });

export const ZSignInInput = z.object({
  email: ZEmail,
  password: z.string({ error: "is required" }).min(1, "is required").max(256, "must be at most 256 characters"),
});
