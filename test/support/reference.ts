// Slow, obviously-correct reference implementations (plain loops over every pair and triplet),
// written independently of src/ to check the tensor code against.
import type { DistanceMetric } from "../../src/similarity";

export type Matrix = number[][];

export function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += (a[k] as number) * (b[k] as number);
  return s;
}

export function norm(a: readonly number[]): number {
  return Math.sqrt(dot(a, a));
}

export function normalize(a: readonly number[]): number[] {
  const n = norm(a);
  return a.map((v) => (n === 0 ? 0 : v / n));
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  const na = norm(a);
  const nb = norm(b);
  return na === 0 || nb === 0 ? 0 : dot(a, b) / (na * nb);
}

export function distance(
  a: readonly number[],
  b: readonly number[],
  metric: DistanceMetric,
): number {
  if (metric === "cosine") return 1 - cosine(a, b);
  let s = 0;
  for (let k = 0; k < a.length; k++) s += ((a[k] as number) - (b[k] as number)) ** 2;
  return metric === "squaredEuclidean" ? s : Math.sqrt(s);
}

export type Reduction = "mean" | "meanOfActive" | "sum";

/** Per-item losses (all >= 0) to one number: the mean, the mean of those above 0, or the sum. */
export function reduce(losses: readonly number[], reduction: Reduction): number {
  const kept = reduction === "meanOfActive" ? losses.filter((l) => l > 0) : losses;
  const total = kept.reduce((sum, l) => sum + l, 0);
  if (reduction === "sum") return total;
  return kept.length === 0 ? 0 : total / kept.length;
}

export function tripletLoss(
  A: Matrix,
  P: Matrix,
  N: Matrix,
  margin: number,
  metric: DistanceMetric,
  reduction: Reduction = "mean",
): number {
  const losses: number[] = [];
  for (let i = 0; i < A.length; i++) {
    losses.push(
      Math.max(distance(A[i]!, P[i]!, metric) - distance(A[i]!, N[i]!, metric) + margin, 0),
    );
  }
  return reduce(losses, reduction);
}

/** The course's in-batch loss, written out row by row. */
export function batchTripletLoss(
  v1: Matrix,
  v2: Matrix,
  margin: number,
  closestNegative: "hardest" | "belowPositive",
  reduction: Reduction,
  extraNegatives: Matrix = [],
): number {
  const n = v1.length;
  const candidates = [...v2, ...extraNegatives];
  const losses: number[] = [];
  for (let i = 0; i < n; i++) {
    const pos = dot(v1[i]!, v2[i]!);
    let sumNeg = 0;
    let closest = -Infinity;
    let found = false;
    for (let j = 0; j < candidates.length; j++) {
      if (j === i) continue;
      const s = dot(v1[i]!, candidates[j]!);
      sumNeg += s;
      if (closestNegative === "hardest" || s <= pos) {
        if (s > closest) closest = s;
        found = true;
      }
    }
    const meanNeg = sumNeg / (candidates.length - 1);
    let loss =
      Math.max(meanNeg - pos + margin, 0) + (found ? Math.max(closest - pos + margin, 0) : 0);
    if (extraNegatives.length === n) {
      loss += Math.max(dot(v1[i]!, extraNegatives[i]!) - pos + margin, 0);
    }
    losses.push(loss);
  }
  return reduce(losses, reduction);
}

export function batchHardLoss(
  X: Matrix,
  labels: readonly number[],
  margin: number,
  metric: DistanceMetric,
  soft: boolean,
  reduction: Reduction = "mean",
): number {
  const losses: number[] = [];
  for (let a = 0; a < X.length; a++) {
    let farPos = -Infinity;
    let nearNeg = Infinity;
    for (let j = 0; j < X.length; j++) {
      if (j === a) continue;
      const d = distance(X[a]!, X[j]!, metric);
      if (labels[j] === labels[a]) farPos = Math.max(farPos, d);
      else nearNeg = Math.min(nearNeg, d);
    }
    if (farPos === -Infinity || nearNeg === Infinity) continue;
    losses.push(
      soft ? Math.log1p(Math.exp(farPos - nearNeg)) : Math.max(farPos - nearNeg + margin, 0),
    );
  }
  return reduce(losses, reduction);
}

export function semiHardLoss(
  X: Matrix,
  labels: readonly number[],
  margin: number,
  metric: DistanceMetric,
  reduction: Reduction = "mean",
): number {
  const losses: number[] = [];
  for (let a = 0; a < X.length; a++) {
    const negatives = X.map((_, j) => j).filter((j) => labels[j] !== labels[a]);
    if (negatives.length === 0) continue;
    for (let p = 0; p < X.length; p++) {
      if (p === a || labels[p] !== labels[a]) continue;
      const dAP = distance(X[a]!, X[p]!, metric);
      const dists = negatives.map((j) => distance(X[a]!, X[j]!, metric));
      const farther = dists.filter((d) => d > dAP);
      const dAN = farther.length > 0 ? Math.min(...farther) : Math.max(...dists);
      losses.push(Math.max(dAP - dAN + margin, 0));
    }
  }
  return reduce(losses, reduction);
}

export function batchAllLoss(
  X: Matrix,
  labels: readonly number[],
  margin: number,
  metric: DistanceMetric,
  reduction: Reduction = "meanOfActive",
): number {
  const losses: number[] = [];
  for (let a = 0; a < X.length; a++) {
    for (let p = 0; p < X.length; p++) {
      if (p === a || labels[p] !== labels[a]) continue;
      for (let n = 0; n < X.length; n++) {
        if (labels[n] === labels[a]) continue;
        const l = distance(X[a]!, X[p]!, metric) - distance(X[a]!, X[n]!, metric) + margin;
        losses.push(Math.max(l, 0));
      }
    }
  }
  return reduce(losses, reduction);
}

/** AUC by comparing every positive with every negative (ties count half). */
export function aucByPairs(scores: readonly number[], labels: readonly number[]): number {
  let wins = 0;
  let pairs = 0;
  for (let i = 0; i < scores.length; i++) {
    if (labels[i] !== 1) continue;
    for (let j = 0; j < scores.length; j++) {
      if (labels[j] !== 0) continue;
      pairs++;
      if (scores[i]! > scores[j]!) wins += 1;
      else if (scores[i] === scores[j]) wins += 0.5;
    }
  }
  return wins / pairs;
}

/** AP as the mean, over positives, of the precision at that positive's score (ties included). */
export function apByPositives(scores: readonly number[], labels: readonly number[]): number {
  let total = 0;
  let positives = 0;
  for (let i = 0; i < scores.length; i++) {
    if (labels[i] !== 1) continue;
    positives++;
    let predicted = 0;
    let correct = 0;
    for (let j = 0; j < scores.length; j++) {
      if (scores[j]! >= scores[i]!) {
        predicted++;
        if (labels[j] === 1) correct++;
      }
    }
    total += correct / predicted;
  }
  return total / positives;
}

export function countsAt(scores: readonly number[], labels: readonly number[], t: number) {
  let tp = 0,
    fp = 0,
    tn = 0,
    fn = 0;
  scores.forEach((s, i) => {
    if (s > t) {
      if (labels[i] === 1) tp++;
      else fp++;
    } else if (labels[i] === 1) fn++;
    else tn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, tn, fn, accuracy: (tp + tn) / scores.length, precision, recall, f1 };
}
