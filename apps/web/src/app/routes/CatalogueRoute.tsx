import CataloguePage from '../../features/catalogue/pages/CataloguePage';
import { AssignHomeworkModal } from '../../features/coach/components/AssignHomeworkModal';

/**
 * The catalogue's "Assign to…" opens the coach's assign dialog. Features don't import each
 * other, so the app hands the dialog to the page here.
 */
export default function CatalogueRoute() {
  return <CataloguePage renderAssignDialog={(props) => <AssignHomeworkModal {...props} />} />;
}
