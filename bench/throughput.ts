/**
 * Bounded autocannon runs on loopback. The servers run in their own
 * processes; autocannon shares the machine's two cores with them, the same
 * for every server measured, so ratios measured in one run compare fairly.
 */
import autocannon from "autocannon";

export type Throughput = {
  url: string;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  total: number;
};

export async function measureThroughput(url: string, options: { connections: number; seconds: number }): Promise<Throughput> {
  // A short warm-up first: the first requests compile nothing but do fill caches.
  await autocannon({ url, connections: 2, duration: 1 });
  const result = await autocannon({ url, connections: options.connections, duration: options.seconds });
  return {
    url,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}
