/** Logistic regression by Newton's method (IRLS) with a small ridge, for a handful of features. */
export function fitLogistic(X: number[][], y: number[], weights?: number[], ridge = 1e-3, iterations = 50): number[] {
  const d = X[0].length + 1; // + bias
  const w = new Array(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array(d).fill(0);
    const H = Array.from({ length: d }, () => new Array(d).fill(0));
    for (let i = 0; i < X.length; i++) {
      const x = [1, ...X[i]];
      const z = x.reduce((s, xi, j) => s + xi * w[j], 0);
      const p = 1 / (1 + Math.exp(-z));
      const wi = weights ? weights[i] : 1;
      for (let j = 0; j < d; j++) {
        grad[j] += wi * (p - y[i]) * x[j];
        for (let k = 0; k < d; k++) H[j][k] += wi * p * (1 - p) * x[j] * x[k];
      }
    }
    for (let j = 0; j < d; j++) {
      grad[j] += ridge * w[j];
      H[j][j] += ridge;
    }
    const step = solve(H, grad);
    let moved = 0;
    for (let j = 0; j < d; j++) {
      w[j] -= step[j];
      moved = Math.max(moved, Math.abs(step[j]));
    }
    if (moved < 1e-8) break;
  }
  return w;
}

/** Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}

/** Mean (weighted) log loss of probabilities p against labels y. */
export function logLoss(p: number[], y: number[], weights?: number[]): number {
  let s = 0;
  let total = 0;
  for (let i = 0; i < p.length; i++) {
    const q = Math.min(1 - 1e-9, Math.max(1e-9, p[i]));
    const wi = weights ? weights[i] : 1;
    s -= wi * (y[i] ? Math.log(q) : Math.log(1 - q));
    total += wi;
  }
  return s / total;
}

/** Area under the ROC curve (probability a positive outranks a negative). */
export function auc(scores: number[], y: number[]): number {
  const pairs = scores.map((s, i) => [s, y[i]] as const).sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let pos = 0;
  for (let i = 0; i < pairs.length; ) {
    let j = i;
    while (j < pairs.length && pairs[j][0] === pairs[i][0]) j++;
    const avgRank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (pairs[k][1]) {
      rankSum += avgRank;
      pos++;
    }
    i = j;
  }
  const neg = pairs.length - pos;
  return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
}

export interface ReliabilityBin {
  from: number;
  to: number;
  fixes: number;
  right: number;
  meanConfidence: number;
}

/**
 * Reliability table in ten bins and the expected calibration error. With
 * weights, `fixes` and `right` are weighted counts (rounded) and the shares
 * and ECE are weighted.
 */
export function reliability(conf: number[], right: boolean[], weights?: number[]): { bins: ReliabilityBin[]; ece: number } {
  const w = (i: number) => (weights ? weights[i] : 1);
  const totalWeight = conf.reduce((s, _, i) => s + w(i), 0);
  const bins: ReliabilityBin[] = [];
  let ece = 0;
  for (let b = 0; b < 10; b++) {
    const from = b / 10;
    const to = (b + 1) / 10;
    const idx = conf.map((c, i) => i).filter((i) => conf[i] >= from && (b === 9 ? conf[i] <= to : conf[i] < to));
    const n = idx.reduce((s, i) => s + w(i), 0);
    const r = idx.filter((i) => right[i]).reduce((s, i) => s + w(i), 0);
    const mean = n ? idx.reduce((s, i) => s + w(i) * conf[i], 0) / n : 0;
    bins.push({ from, to, fixes: Math.round(n), right: Math.round(r), meanConfidence: Math.round(mean * 1e4) / 1e4 });
    if (n) ece += (n / totalWeight) * Math.abs(r / n - mean);
  }
  return { bins, ece };
}
