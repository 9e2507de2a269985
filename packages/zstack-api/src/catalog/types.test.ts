import { describe, expectTypeOf, it } from 'vitest';
import type { SessionInventory } from '../inventories/session.ts';
import type { VmInstanceInventory } from '../inventories/vm.ts';
import type { ZoneInventory } from '../inventories/zone.ts';
import type { logInByAccount } from './identity.ts';
import type { Catalog } from './index.ts';
import type { EmptyResult, QueryResult } from './replies.ts';
import type { ParamsOf, ResultOf } from './types.ts';
import type { destroyVmInstance, queryVmInstance, startVmInstance, stopVmInstance } from './vms.ts';
import type { createZone } from './zones.ts';

describe('ParamsOf', () => {
  it('makes required params required and types valid values as unions', () => {
    expectTypeOf<ParamsOf<typeof stopVmInstance>>().toEqualTypeOf<{
      uuid: string;
      type?: 'grace' | 'cold';
      stopHA?: 'true';
    }>();
    expectTypeOf<ParamsOf<typeof destroyVmInstance>>().toEqualTypeOf<{
      uuid: string;
      deleteMode?: 'Permissive' | 'Enforcing';
    }>();
  });

  it('types the login and create params', () => {
    expectTypeOf<ParamsOf<typeof logInByAccount>>().toMatchTypeOf<{
      accountName: string;
      password: string;
    }>();
    expectTypeOf<ParamsOf<typeof createZone>['name']>().toEqualTypeOf<string>();
    expectTypeOf<ParamsOf<typeof createZone>['isDefault']>().toEqualTypeOf<boolean | undefined>();
  });
});

describe('ResultOf', () => {
  it('carries the reply body type', () => {
    expectTypeOf<ResultOf<typeof startVmInstance>>().toEqualTypeOf<{
      inventory: VmInstanceInventory;
    }>();
    expectTypeOf<ResultOf<typeof queryVmInstance>>().toEqualTypeOf<
      QueryResult<VmInstanceInventory>
    >();
    expectTypeOf<ResultOf<typeof logInByAccount>['inventory']>().toEqualTypeOf<SessionInventory>();
    expectTypeOf<ResultOf<typeof destroyVmInstance>>().toEqualTypeOf<EmptyResult>();
  });

  it('is reachable through the Catalog type by name', () => {
    expectTypeOf<ResultOf<Catalog['CreateZone']>>().toEqualTypeOf<{ inventory: ZoneInventory }>();
    expectTypeOf<ResultOf<Catalog['ValidateSession']>>().toEqualTypeOf<{ valid: boolean }>();
  });
});
