import { Link } from 'react-router';
import { paths } from '../config/paths';

interface SectionLabelProps {
  section: { slug: string; name: string };
  /** `sm` on an article page's header; `xs` on stories in lists. */
  size?: 'xs' | 'sm';
}

/** The small-caps section name above a headline, linking to the section's page. */
export function SectionLabel({ section, size = 'xs' }: SectionLabelProps) {
  return (
    <Link
      to={paths.section(section.slug)}
      className={`inline-block py-1 ${size === 'sm' ? 'text-sm' : 'text-xs'} font-semibold tracking-wider text-accent uppercase hover:underline dark:text-accent-soft`}
    >
      {section.name}
    </Link>
  );
}
