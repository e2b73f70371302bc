import type { DatabaseSync } from 'node:sqlite';
import type { Network, NetworkRequest } from '../../../shared/model/analysis-network';
import { claimNetwork } from './claim-network';
import { cooccurrenceNetwork } from './cooccurrence-network';
import { relationNetwork } from './relation-network';
import type { NetworkPlaces } from './network-places';

/** The network a request asks for, narrowed by its filter. */
export function networkOf(db: DatabaseSync, places: NetworkPlaces, request: NetworkRequest): Network {
  switch (request.kind) {
    case 'cooccurrence':
      return cooccurrenceNetwork(db, places, request);
    case 'claims':
      return claimNetwork(db, request);
    case 'relations':
      return relationNetwork(db, request);
  }
}
