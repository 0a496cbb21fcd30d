import type { ReactNode } from 'react';
import type { ShareService } from '../share-urls';

// Simple line glyphs drawn for the reader: one stroke weight, no brand colours, so the row
// reads as one quiet control rather than a strip of logos.
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      className="size-5 shrink-0"
    >
      {children}
    </svg>
  );
}

export function ShareIcon() {
  return (
    <Icon>
      <circle cx="18" cy="5" r="2.5" />
      <circle cx="6" cy="12" r="2.5" />
      <circle cx="18" cy="19" r="2.5" />
      <path d="m8.2 10.8 7.6-4.6M8.2 13.2l7.6 4.6" />
    </Icon>
  );
}

export function LinkIcon() {
  return (
    <Icon>
      <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1" />
      <path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
    </Icon>
  );
}

export function CheckIcon() {
  return (
    <Icon>
      <path d="m5 12.5 4.5 4.5L19 7" />
    </Icon>
  );
}

function FacebookIcon() {
  return (
    <Icon>
      <path d="M15 3h-2a4 4 0 0 0-4 4v14M6 10.5h8" />
    </Icon>
  );
}

function XIcon() {
  return (
    <Icon>
      <path d="M4 4h4.5L20 20h-4.5z" />
      <path d="m4 20 6.8-6.8M13.2 10.8 20 4" />
    </Icon>
  );
}

function TelegramIcon() {
  return (
    <Icon>
      <path d="M21 4 3 11.2l6.2 2.3L17 8l-5.6 7.6L17.5 20z" />
      <path d="M9.2 13.5 10 19l1.4-3.4" />
    </Icon>
  );
}

function WhatsAppIcon() {
  return (
    <Icon>
      <path d="M4 20.5 5.3 16A8.5 8.5 0 1 1 8.3 19z" />
      <path d="M9 8.8c.3 2.9 3.3 5.9 6.2 6.2l1-1.6-1.9-1-1 .8a5 5 0 0 1-2.5-2.5l.8-1-1-1.9z" />
    </Icon>
  );
}

function LinkedInIcon() {
  return (
    <Icon>
      <rect x="3" y="3" width="18" height="18" rx="2.5" />
      <path d="M8 11v6M8 7.5v.01M12 17v-6M12 13.5a2.5 2.5 0 0 1 5 0V17" />
    </Icon>
  );
}

function MailIcon() {
  return (
    <Icon>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="m3.5 6.5 8.5 6.5 8.5-6.5" />
    </Icon>
  );
}

export const serviceIcons: Record<ShareService, () => ReactNode> = {
  facebook: FacebookIcon,
  x: XIcon,
  telegram: TelegramIcon,
  whatsapp: WhatsAppIcon,
  linkedin: LinkedInIcon,
  email: MailIcon,
};
