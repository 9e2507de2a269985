/**
 * Fixed UUIDs of the demo cloud, so docs, e2e specs and later issues (network services, the
 * VR → Flat wizard) can name its resources. Change them here only.
 */
export const demoIds = {
  zone: '365ca43fac4e4129943181b24860e70e',
  cluster1: '7374b5aaaf4b412eb3f9e0177517a5b1',
  cluster2: '74e3fe59549a466daa8185f8734a9cfb',
  host1: '5ab5720a27e04eec9e97e8f64cfd080d',
  host2: 'b783f18d9ce44d73bc2e8e7e0bef059e',
  host3: '02e687b04891421ebf4faae051bec4ed',
  host4: '8b795564497b431b9a15d67d8d782faa',
  smpPrimaryStorage: 'f441e0e8adb34be7bf9cd1e9e24da393',
  localPrimaryStorage: '7661e89e64d6454f9008aa34476d9bde',
  backupStorage: '1f952dce4f93405694182a4c40c2b26a',
  tinyImage: '3755e8a497bd4ad3909a957db3d5fb95',
  vrImage: '8de04725f231498bbda343dd97101386',
  offeringSmall: 'dee2f06011da4fc384e84da2b3ac6d09',
  offeringMedium: 'bcbd87229ef24d3e99643cd8ffa107a3',
  offeringLarge: '3cd5d73ae6b248d78d70e01b423624ef',
  diskOffering10G: '448cdccf8a5c4cf59c10b900480e4e84',
  diskOffering50G: '667e11f2f4444b7f94a534598d8e0ec1',
  flatL2: '1e8f9c210c494241a484073f8c5d571d',
  vrL2: '5a066faa28b34c2aad086a085cbd6072',
  publicL2: '44b023d5de3443c0be250a08338b17d3',
  /** Private, to be served by the Flat provider (issue B). */
  flatL3: 'adc296ce95384883809b32155ba97ec6',
  /** Private, served by the virtual router (issue B makes its L2 a legacy one). */
  vrL3: 'd4ae463c37c5447fb84bfb8e12409f38',
  /** category Public. */
  publicL3: '16ec493bcbd94fdd987b379439330e25',
  flatRange: '0b7c5976bf4a40198b4281655fc3b99e',
  vrRange: '5a9db2dc1394429fa57d696d1922973a',
  publicRange: '37e3b166b0fb46f6ab9e708609e2a123',
} as const;

export type DemoResource = keyof typeof demoIds;
