/**
 * The emails Hearth sends, as plain text and HTML. Security invariant (PRODUCT.md): partners
 * may share an inbox or a screen, so no message carries entry content, ratings, a partner's
 * activity or flag wording; subjects are neutral; links lead into the app, which asks for
 * sign-in. Every value is escaped into the HTML.
 */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** One message: a greeting, paragraphs, one button, and what to do if it was not expected. */
function layout(m: {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action: { label: string; url: string };
  footer: string;
}): RenderedMail {
  const text = [
    m.greeting,
    '',
    ...m.paragraphs.flatMap((p) => [p, '']),
    `${m.action.label}: ${m.action.url}`,
    '',
    m.footer,
  ].join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escape(m.subject)}</title></head>
<body style="margin:0;background:#f6f4ef;font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#1f2933">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" style="max-width:520px;background:#ffffff;border-radius:8px" cellpadding="0" cellspacing="0">
<tr><td style="padding:28px 28px 8px;font-size:20px;font-weight:700;color:#0b6b5c">Hearth</td></tr>
<tr><td style="padding:8px 28px;font-size:16px;line-height:1.5">
<p>${escape(m.greeting)}</p>
${m.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
<p style="padding:8px 0 16px"><a href="${escape(m.action.url)}" style="background:#0b6b5c;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block;font-weight:600">${escape(m.action.label)}</a></p>
<p style="font-size:13px;color:#52606d">If the button does not work, open this link: ${escape(m.action.url)}</p>
</td></tr>
<tr><td style="padding:8px 28px 28px;font-size:13px;color:#52606d">${escape(m.footer)}</td></tr>
</table></td></tr></table></body></html>`;
  return { subject: m.subject, text, html };
}

export function invitationMail(p: {
  name: string;
  clinicName: string;
  role: 'COACH' | 'CLIENT' | 'CLINIC_ADMIN';
  url: string;
  expiresOn: string;
}): RenderedMail {
  const what =
    p.role === 'CLIENT'
      ? `${p.clinicName} has invited you to Hearth, where you will find the exercises your coach suggests between sessions.`
      : `${p.clinicName} has invited you to Hearth as a ${p.role === 'COACH' ? 'coach' : 'clinic admin'}.`;
  return layout({
    subject: 'Your invitation to Hearth',
    greeting: `Hello ${p.name},`,
    paragraphs: [
      what,
      `This link is for you alone and works once, until ${p.expiresOn}. You will choose a password when you open it.`,
    ],
    action: { label: 'Accept the invitation', url: p.url },
    footer: 'If you were not expecting this, you can ignore this email.',
  });
}

export function passwordResetMail(p: { name: string; url: string }): RenderedMail {
  return layout({
    subject: 'Reset your Hearth password',
    greeting: `Hello ${p.name},`,
    paragraphs: [
      'Someone asked to reset the password of your Hearth account. The link works once, for one hour; using it signs you out everywhere.',
    ],
    action: { label: 'Choose a new password', url: p.url },
    footer: 'If you did not ask for this, ignore this email: your password stays as it is.',
  });
}

export function testMail(p: { clinicName: string; url: string }): RenderedMail {
  return layout({
    subject: 'A test email from Hearth',
    greeting: 'Hello,',
    paragraphs: [
      `This is the test email you asked for from ${p.clinicName}'s settings. Delivery works.`,
    ],
    action: { label: 'Open Hearth', url: p.url },
    footer: 'Nothing else to do.',
  });
}
