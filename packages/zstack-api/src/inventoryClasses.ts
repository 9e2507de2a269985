/**
 * Inventory names (the Java class name without `Inventory`) mapped to the Java class, as query
 * replies name them in `schema` (`{"inventories[0]": "org.zstack.kvm.KVMHostInventory"}`). The
 * names are also the simulator's table names and the catalogue's `queryInventory`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/sdk/src/main/java/SourceClassMap.java
 */
export const inventoryClasses = {
  Account: 'org.zstack.header.identity.AccountInventory',
  User: 'org.zstack.header.identity.UserInventory',
  Session: 'org.zstack.header.identity.SessionInventory',
  ManagementNode: 'org.zstack.header.managementnode.ManagementNodeInventory',
  GlobalConfig: 'org.zstack.core.config.GlobalConfigInventory',
  GarbageCollector: 'org.zstack.core.gc.GarbageCollectorInventory',
  LongJob: 'org.zstack.header.longjob.LongJobInventory',
  TaskProgress: 'org.zstack.header.core.progress.TaskProgressInventory',
  Zone: 'org.zstack.header.zone.ZoneInventory',
  Cluster: 'org.zstack.header.cluster.ClusterInventory',
  Host: 'org.zstack.header.host.HostInventory',
  KVMHost: 'org.zstack.kvm.KVMHostInventory',
  PrimaryStorage: 'org.zstack.header.storage.primary.PrimaryStorageInventory',
  BackupStorage: 'org.zstack.header.storage.backup.BackupStorageInventory',
  SftpBackupStorage: 'org.zstack.storage.backup.sftp.SftpBackupStorageInventory',
  Image: 'org.zstack.header.image.ImageInventory',
  ImageBackupStorageRef: 'org.zstack.header.image.ImageBackupStorageRefInventory',
  InstanceOffering: 'org.zstack.header.configuration.InstanceOfferingInventory',
  DiskOffering: 'org.zstack.header.configuration.DiskOfferingInventory',
  L2Network: 'org.zstack.header.network.l2.L2NetworkInventory',
  L2VlanNetwork: 'org.zstack.header.network.l2.L2VlanNetworkInventory',
  L3Network: 'org.zstack.header.network.l3.L3NetworkInventory',
  IpRange: 'org.zstack.header.network.l3.IpRangeInventory',
  UsedIp: 'org.zstack.header.network.l3.UsedIpInventory',
  FreeIp: 'org.zstack.header.network.l3.FreeIpInventory',
  NetworkServiceProvider: 'org.zstack.header.network.service.NetworkServiceProviderInventory',
  NetworkServiceL3NetworkRef:
    'org.zstack.header.network.service.NetworkServiceL3NetworkRefInventory',
  Vip: 'org.zstack.network.service.vip.VipInventory',
  VipNetworkServicesRef: 'org.zstack.network.service.vip.VipNetworkServicesRefInventory',
  Eip: 'org.zstack.network.service.eip.EipInventory',
  ApplianceVm: 'org.zstack.appliancevm.ApplianceVmInventory',
  VirtualRouterVm: 'org.zstack.network.service.virtualrouter.VirtualRouterVmInventory',
  VirtualRouterOffering: 'org.zstack.network.service.virtualrouter.VirtualRouterOfferingInventory',
  VmInstance: 'org.zstack.header.vm.VmInstanceInventory',
  VmNic: 'org.zstack.header.vm.VmNicInventory',
  VmCdRom: 'org.zstack.header.vm.cdrom.VmCdRomInventory',
  Volume: 'org.zstack.header.volume.VolumeInventory',
  Console: 'org.zstack.header.console.ConsoleInventory',
  ConsoleProxyAgent: 'org.zstack.header.console.ConsoleProxyAgentInventory',
  Tag: 'org.zstack.header.tag.TagInventory',
  SystemTag: 'org.zstack.header.tag.SystemTagInventory',
  UserTag: 'org.zstack.header.tag.UserTagInventory',
  // Premium (server not open source; class names from the SDK's SourceClassMap).
  SchedulerJob: 'org.zstack.header.scheduler.SchedulerJobInventory',
  SchedulerTrigger: 'org.zstack.header.scheduler.SchedulerTriggerInventory',
  SchedulerJobSchedulerTrigger: 'org.zstack.header.scheduler.SchedulerJobSchedulerTriggerInventory',
  DatabaseBackup: 'org.zstack.header.storage.database.backup.DatabaseBackupInventory',
} as const;

/** A name of `inventoryClasses`. */
export type InventoryName = keyof typeof inventoryClasses;

/**
 * The Java parent of each inventory subclass. A query on the parent returns the subclass's extra
 * fields, and `schema` names the subclass (`QueryHost` → `KVMHostInventory`).
 *
 * @see https://github.com/zstackio/zstack/blob/master/plugin/kvm/src/main/java/org/zstack/kvm/KVMHostInventory.java
 */
export const inventoryParents: Readonly<Partial<Record<InventoryName, InventoryName>>> = {
  KVMHost: 'Host',
  SftpBackupStorage: 'BackupStorage',
  L2VlanNetwork: 'L2Network',
  ApplianceVm: 'VmInstance',
  VirtualRouterVm: 'ApplianceVm',
  VirtualRouterOffering: 'InstanceOffering',
  SystemTag: 'Tag',
  UserTag: 'Tag',
};

/** True when `name` is a known inventory name. */
export function isInventoryName(name: string): name is InventoryName {
  return Object.hasOwn(inventoryClasses, name);
}
