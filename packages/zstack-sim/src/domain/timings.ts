/**
 * Simulated durations (ms of simulated time) of the asynchronous work, chosen to look like a
 * real small cloud: handlers `sleep` these between the transitional and final state.
 */
export const timings = {
  quick: 300,
  zoneOrCluster: 500,
  hostConnect: 10_000,
  storageConnect: 3_000,
  vmCreateOverhead: 2_000,
  vmStart: 5_000,
  vmStop: 3_000,
  vmColdStop: 1_000,
  vmReboot: 6_000,
  vmDestroy: 2_000,
  vmExpunge: 1_500,
  vmMigrate: 8_000,
  volumeAttach: 1_500,
  volumeCreate: 1_000,
  /** Image download: a fixed part plus this many ms per MiB, capped. */
  imageDownloadBase: 10_000,
  imageDownloadPerMiB: 40,
  imageDownloadMax: 60_000,
} as const;
