#!/usr/bin/env python3
"""PyTorch peer of `npm run bench`: the reference Siamese LSTM, trained and run on the CPU.

The same model and step as bench/lstm-bench.ts: vocabulary 5000, embedding 128, one LSTM of
128 units over 20 steps, the mean of its outputs over time, L2-normalised; two towers sharing
one encoder; Adam (lr 1e-3); the course's batch triplet loss (margin 0.25) over the in-batch
cosine similarity matrix S = v1 v2^T:

    pos_i        = S_ii
    meanNeg_i    = mean_{j != i} S_ij
    closestNeg_i = max_{j != i} S_ij        ('hardest', what the bench's loss uses)
    loss         = mean_i [ relu(meanNeg_i - pos_i + m) + relu(closestNeg_i - pos_i + m) ]

Every row is 20 real tokens (no padding), as PyTorch's nn.LSTM computes every step anyway.
Prints one JSON line: training ms per step (batch 128), inference questions per second
(batch 256), peak RSS, the BLAS library torch loaded, and the 1-minute load average.

    python3 bench/peers/torch_siamese_lstm.py --threads 1
"""
import argparse
import json
import os
import resource
import time

import torch
import torch.nn.functional as F
from torch import nn

VOCAB = 5000
EMBEDDING = 128
HIDDEN = 128
STEPS = 20
BATCH = 128
INFERENCE_BATCH = 256
MARGIN = 0.25
LEARNING_RATE = 1e-3
# Masked entries are pushed this far below any cosine similarity so max() never picks them
# (the MASK_OFFSET of src/losses/embedding-batch.ts).
MASK_OFFSET = 1e6


class Encoder(nn.Module):
    """Token ids [batch, T] -> unit vectors [batch, HIDDEN]."""

    def __init__(self) -> None:
        super().__init__()
        self.embedding = nn.Embedding(VOCAB, EMBEDDING, padding_idx=0)
        self.lstm = nn.LSTM(EMBEDDING, HIDDEN, batch_first=True)

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        states, _ = self.lstm(self.embedding(tokens))
        return F.normalize(states.mean(dim=1), dim=1)


def batch_triplet_loss(v1: torch.Tensor, v2: torch.Tensor, margin: float) -> torch.Tensor:
    """The course's in-batch triplet loss with the hardest off-diagonal closest negative."""
    n = v1.shape[0]
    scores = v1 @ v2.T
    positive = scores.diagonal()
    mean_negative = (scores.sum(dim=1) - positive) / (n - 1)
    off_diagonal = scores - torch.eye(n) * MASK_OFFSET
    closest_negative = off_diagonal.max(dim=1).values
    per_row = F.relu(mean_negative - positive + margin) + F.relu(
        closest_negative - positive + margin
    )
    return per_row.mean()


def questions(count: int, generator: torch.Generator) -> torch.Tensor:
    """Full-length rows of token ids in [1, VOCAB)."""
    return torch.randint(1, VOCAB, (count, STEPS), generator=generator)


def blas_library() -> str:
    """Which BLAS shared library the process mapped (Debian's torch uses the system one)."""
    with open("/proc/self/maps", encoding="utf8") as maps:
        names = {line.split()[-1] for line in maps if ".so" in line}
    for name in sorted(names):
        base = os.path.basename(name)
        if "openblas" in base or "libmkl" in base or "blis" in base:
            return base
    for name in sorted(names):
        if os.path.basename(name).startswith("libblas"):
            return os.path.basename(name) + " (reference BLAS: install libopenblas0-pthread)"
    return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1, help="torch threads (0: all cores)")
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--inference-batches", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    threads = args.threads if args.threads > 0 else os.cpu_count() or 1
    torch.set_num_threads(threads)
    torch.manual_seed(args.seed)
    generator = torch.Generator().manual_seed(args.seed)
    load_average = os.getloadavg()[0]

    encoder = Encoder()
    optimizer = torch.optim.Adam(encoder.parameters(), lr=LEARNING_RATE)
    batches = [(questions(BATCH, generator), questions(BATCH, generator)) for _ in range(4)]

    def step(i: int) -> float:
        q1, q2 = batches[i % len(batches)]
        optimizer.zero_grad(set_to_none=True)
        loss = batch_triplet_loss(encoder(q1), encoder(q2), MARGIN)
        loss.backward()
        optimizer.step()
        return loss.item()

    first_loss = step(0)
    for i in range(1, args.warmup):
        step(i)
    start = time.perf_counter()
    last_loss = first_loss
    for i in range(args.steps):
        last_loss = step(args.warmup + i)
    train_ms = (time.perf_counter() - start) * 1000 / args.steps

    inputs = questions(INFERENCE_BATCH, generator)
    with torch.inference_mode():
        encoder(inputs)
        start = time.perf_counter()
        for _ in range(args.inference_batches):
            encoder(inputs).numpy()
        inference_ms = (time.perf_counter() - start) * 1000 / args.inference_batches

    print(
        json.dumps(
            {
                "peer": "pytorch",
                "torch": torch.__version__,
                "threads": threads,
                "blas": blas_library(),
                "lengths": "full",
                "loadAverage1m": load_average,
                "trainMsPerStep": train_ms,
                "trainStepsTimed": args.steps,
                "inferenceMsPerBatch": inference_ms,
                "inferenceQuestionsPerSecond": INFERENCE_BATCH * 1000 / inference_ms,
                # ru_maxrss is in KiB on Linux.
                "peakRssMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "firstLoss": first_loss,
                "lastLoss": last_loss,
            }
        )
    )


if __name__ == "__main__":
    main()
