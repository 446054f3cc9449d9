import { Header, HeaderBrand, HeaderContent, HeaderRightZone } from 'design-react-kit';
import { useSession } from '../auth/session-context';
import { useI18n } from '../i18n/i18n-context';
import { navigationFor } from '../routes';
import { Link } from '../ui/router';
import { LanguageSwitch } from './language-switch';
import { SessionActions } from './session-actions';

export function SiteHeader({ path }: { path: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const links = [{ href: '/', label: t('nav.albo') }];
  if (user) {
    links.push({ href: '/area-riservata', label: t('nav.reservedArea') });
    for (const route of navigationFor(user.role)) if (route.nav) links.push({ href: route.path, label: t(route.nav) });
  }
  return (
    <header>
      <Header type="slim" theme="">
        <HeaderContent>
          <span className="text-white">{t('app.owner')}</span>
          <HeaderRightZone>
            <div className="d-flex align-items-center gap-3">
              <LanguageSwitch />
              <SessionActions />
            </div>
          </HeaderRightZone>
        </HeaderContent>
      </Header>
      <Header type="center" theme="">
        <HeaderContent>
          <HeaderBrand tag={Link} href="/">
            <h2>{t('app.name')}</h2>
            <h3>{t('app.tagline')}</h3>
          </HeaderBrand>
        </HeaderContent>
      </Header>
      <nav className="portal-nav" aria-label={t('nav.label')}>
        <ul className="container nav py-2">
          {links.map((link) => (
            <li key={link.href} className="nav-item">
              <Link href={link.href} className="nav-link text-white fw-semibold" aria-current={path === link.href ? 'page' : undefined}>
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
