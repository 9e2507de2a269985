/**
 * Fixed UUIDs of the demo cloud, so docs, e2e specs and later issues (network services, the
 * VR → Flat wizard) can name its resources. Change them here only. The VR side (zone, clusters,
 * host1/host3, local storage, VR image/offering/VM, vr-l2/l3/range, both providers) reuses the
 * UUIDs of the 1.2 release note's VR → Flat transcript, so its 8 commands run verbatim.
 */
export const demoIds = {
  zone: '4a3a78b1b9f049948b79cf9e667f0af2',
  cluster1: '4282fb61aa55458ea160de138e130298',
  cluster2: '10409d3e33b249c19746022930a541c7',
  host1: '402f8304a50c410486e023512492316b',
  host2: 'b783f18d9ce44d73bc2e8e7e0bef059e',
  host3: '415fa093b34e4a3d873368104b127115',
  host4: '8b795564497b431b9a15d67d8d782faa',
  smpPrimaryStorage: 'f441e0e8adb34be7bf9cd1e9e24da393',
  localPrimaryStorage: '4bff4e2d266f480ead596752d14ff3b5',
  backupStorage: '1f952dce4f93405694182a4c40c2b26a',
  tinyImage: '3755e8a497bd4ad3909a957db3d5fb95',
  vrImage: '7bed05aa8ace4e5e8d6c55b284b66fb5',
  offeringSmall: 'dee2f06011da4fc384e84da2b3ac6d09',
  offeringMedium: 'bcbd87229ef24d3e99643cd8ffa107a3',
  offeringLarge: '3cd5d73ae6b248d78d70e01b423624ef',
  diskOffering10G: '448cdccf8a5c4cf59c10b900480e4e84',
  diskOffering50G: '667e11f2f4444b7f94a534598d8e0ec1',
  flatL2: '1e8f9c210c494241a484073f8c5d571d',
  vrL2: '9ec8cad681d1424fa7eda2447edae142',
  publicL2: '44b023d5de3443c0be250a08338b17d3',
  /** Private, to be served by the Flat provider (issue B). */
  flatL3: 'adc296ce95384883809b32155ba97ec6',
  /** Private, DHCP + DNS from the virtual router; its L2 is a legacy one without Flat. */
  vrL3: '1a82c2691978476fa6cefa36bb9d4bfd',
  /** category Public. */
  publicL3: '16ec493bcbd94fdd987b379439330e25',
  flatRange: '0b7c5976bf4a40198b4281655fc3b99e',
  vrRange: 'ec5fd87dd80243fdabeeace847c04427',
  publicRange: '37e3b166b0fb46f6ab9e708609e2a123',
  virtualRouterProvider: '5d21ea0f39c04d6fb68cfaf5a37db4ad',
  flatProvider: '17864f985e584a9ba4cd81de215212ce',
  vrOffering: '9cec7bd6324445a184351ffb7d32f970',
  /** The VR of vr-l3 (release note step 7), on host3, and its root volume. */
  virtualRouter: 'c5a966cb87d644649952daf683f89e26',
  vrRootVolume: '8eeaa9cb4c1045a2825f8815fed69d72',
  /** A VIP on public-l3 and the Flat EIP that maps it to web-01's flat-l3 NIC. */
  demoVip: '6f1d0c3b2a8e4b7f9c5d4e3a2b1c0d9e',
  demoEip: '9a8b7c6d5e4f40318293a4b5c6d7e8f9',
} as const;

export type DemoResource = keyof typeof demoIds;
