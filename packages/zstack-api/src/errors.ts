/**
 * ZStack error codes with the descriptions the node puts in `error.description`, read from
 * `conf/errorCodes/*.xml` (HEAD). Codes are `<PREFIX>.<id>`.
 *
 * @see https://github.com/zstackio/zstack/blob/master/conf/errorCodes/sys.xml
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/errorcode/SysErrors.java
 * @see https://github.com/zstackio/zstack/blob/master/header/src/main/java/org/zstack/header/identity/IdentityErrors.java
 */
export const errorCodes = {
  // conf/errorCodes/sys.xml
  'SYS.1000': 'An internal error happened in system',
  'SYS.1001': 'A message or a operation timeout',
  'SYS.1002': 'Unable to create a resource',
  'SYS.1003': 'A resource can not be found',
  'SYS.1004': 'Unable to delete a resource',
  'SYS.1005': 'Unable to change resource state',
  'SYS.1006': 'An operation failed',
  'SYS.1007': 'One or more API argument is invalid',
  'SYS.1008': 'Unknown message, no service can deal with the message',
  'SYS.1009': 'No route for message',
  'SYS.1010': 'Management server is not ready to serve',
  'SYS.1011': 'The message can not be delivered by Rabbitmq',
  'SYS.1012': 'The management node is unavailable',
  'SYS.1013': "The resource doesn't have capability to proceed an operation",
  'SYS.1014': 'The operation is not implemented or not supported yet',
  'SYS.1015': 'Cannot make a HTTP request',
  'SYS.1016': 'Cannot do an IO operation(e.g. network IO error, file IO error)',
  'SYS.1017': 'A message or a operation cancelled',
  // conf/errorCodes/identity.xml
  'ID.1000': 'Unable to authenticate a user',
  'ID.1001': 'The session is invalid, either wrong session id or the session has been expired',
  'ID.1002': "The user doesn't have permission to perform the operation",
  'ID.1003': 'The user exceeds a quota of a resource',
  'ID.1004': 'Invalid quota operation',
  'ID.1005': 'The user has to change initial password',
  'ID.1006': 'Max number of active sessions exceeded',
  'ID.2000': 'Addition authentication error',
  'ID.2001': 'The user has to login by addition authentication',
  'ID.2002': 'Fail to authenticate a user due to addition authentication',
  'ID.2003': 'Fail to authenticate a user due to remote authentication server error',
  // conf/errorCodes/host.xml
  'HOST.1000': 'Unable to add host',
  'HOST.1001': 'Unable to put host to maintenance mode',
  'HOST.1002': 'Unable to reconnect host',
  'HOST.1003': 'An error happened when connecting to host',
  'HOST.1004': 'Unable to allocate a host for vm',
  'HOST.1005': 'Failed to start vm on hypervisor',
  'HOST.1006': 'Failed to stop vm on hypervisor',
  'HOST.1007': 'Failed to reboot vm on hypervisor',
  'HOST.1008': 'Failed to destroy vm on hypervisor',
  'HOST.1009': 'Failed to migrate vm on hypervisor',
  'HOST.1010': 'This host is disconnected, cannot perform the required operation',
  'HOST.1011':
    'Unable to perform an operation on the host, however, the failure is eligible for garbage collector',
  'HOST.1012': 'The host password has been changed',
  // conf/errorCodes/hostAllocator.xml
  'HOST_ALLOCATION.1000': 'No available host found',
  'HOST_ALLOCATION.1001': 'No available nic found',
  // conf/errorCodes/vm.xml
  'VM.1000': 'Unable to create a new vm',
  'VM.1001': 'Unable to start a vm',
  'VM.1002': 'Unable to stop a vm',
  'VM.1003': 'Unable to reboot a vm',
  'VM.1004': 'Unable to destroy a vm',
  'VM.1005': 'Unable to attach data volume to a vm',
  'VM.1006': 'Unable to detach data volume from a vm',
  'VM.1007': 'Unable to attach a network to vm',
  'VM.1008': 'Unable to migrate a vm',
  'VM.1009': "Unable to allocate a mac address for vm's nic",
  'VM.1010': 'VM is not in state that allows required operation',
  'VM.1011': 'An error occurred while change vm password',
  'VM.1012': 'Unable to suspend a vm',
  'VM.1013': 'Unable to resume a vm',
  'VM.1014': 'VM is not in Stopped state, cannot do re-image operation.',
  'VM.1015': 'Original image media type of VM is ISO, cannot do re-image operation.',
  'VM.1016': 'Cannot find image cache, cannot do re-image operation.',
  'VM.1017': 'Cannot get vnc setting.',
  // conf/errorCodes/volume.xml
  'VOLUME.1000': 'Unable to deactivate a volume in use',
  'VOLUME.1001': 'fail to flatten volume',
  // conf/errorCodes/image.xml
  'IMG.1000': "Unable to create an image from vm's volume",
  'IMG.1001': 'upload image interrupted',
  // conf/errorCodes/primaryStorage.xml
  'PS.1000': 'Unable to allocate a primary storage that has available space for required volume',
  'PS.1001': 'Unable to attach a primary storage to cluster',
  'PS.1002': 'Unable to detach a primary storage from cluster',
  'PS.1003': 'The primary storage is disconnected',
  'PS.1004': 'The primary storage type does not support set qos',
  // conf/errorCodes/backupStorage.xml
  'BS.1000': 'Unable to download an image to backup storage',
  'BS.1001': 'Unable to attach backup storage to zone',
  'BS.1002': 'Unable to detach backup storage from zone',
  'BS.1003': 'Unable to allocate a backup storage',
  'BS.1004': 'Unable to ping a backup storage that has been taken over',
  'BS.1500': 'Unable to connect a backup storage',
  // conf/errorCodes/l2.xml
  'L2.1000': 'Unable to attach L2Network to a cluster',
  'L2.1001': 'Unable to allocate a vni from L2Network',
  // conf/errorCodes/l3.xml
  'L3.1000': 'Unable to allocate an ip address from L3Network',
  // conf/errorCodes/networkService.xml
  'NWS.1000': 'Unable to attach a network service provider to L2Network',
  'NWS.1001': 'Unable to detach a network service provider from L2Network',
  // conf/errorCodes/virtualRouter.xml
  'VR.1000': 'Virtual router is not in a corret state',
  'VR.1001': 'No public network defined in virtual router offering',
  'VR.1002': 'No default virtual router offering found',
  // conf/errorCodes/applianceVm.xml
  'APPLIANCE_VM.1000': 'The management nic IP has been occupied',
  'APPLIANCE_VM.1001': 'Unable to start appliance VM for some reason',
  // conf/errorCodes/longJob.xml
  'LONG_JOB.1000': 'long job has been canceled',
  'LONG_JOB.1001':
    'no cancelable running task, please wait for job to cancel itself off or try again later.',
  'LONG_JOB.1002':
    'some error interrupt the job, fix error then resume the job or cancel the job if you dont want to continue.',
  'LONG_JOB.1003': 'operation is not supported.',
  // conf/errorCodes/progress.xml
  'PROGRESS.1000': 'NO SUCH TASK RUNNING',
  // conf/errorCodes/tag.xml
  'TAG.1000': 'Duplicated tag.',
} as const;

export type ErrorCodeName = keyof typeof errorCodes;

/** The `ErrorCode` object of `{"error": …}` replies. Only code, description and details are reliable. */
export interface ZStackErrorCode {
  code: string;
  description?: string;
  details?: string;
  elaboration?: string;
  location?: string;
  cost?: string;
  cause?: ZStackErrorCode;
  /** `ErrorCodeList` subclass. */
  causes?: ZStackErrorCode[];
  opaque?: Record<string, unknown>;
}
