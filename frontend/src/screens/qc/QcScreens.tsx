import { Qc } from './Qc';
import type { QcRoute } from './routes';
import { Threshold } from './Threshold';
import { Thresholds } from './Thresholds';

/** The QC screen a route names. */
export function QcScreens({ route }: { route: QcRoute }) {
    switch (route.screen) {
        case 'qc':
            return <Qc subject={route.subject} />;
        case 'qc-thresholds':
            return <Thresholds />;
        case 'qc-threshold':
            return <Threshold metric={route.metric} appliesTo={route.appliesTo} />;
    }
}
