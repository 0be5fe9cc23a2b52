#!/usr/bin/env python3
"""Boosted trees against the linear speaker ranker, on the ranker's own training data.

The question: does a model that combines features by itself (gradient-boosted regression trees, a softmax over
each quotation's candidates as the shipped ranker uses) find what the log-linear ranker over the same features
misses? Both are cross-validated by document with the folds of `corpus train speakers --cv N` (document i in
fold i mod N) and scored on the examples: a quotation counts when its top candidate is the gold speaker. That
is close to, not the same as, the Java cross-validation, whose discourse sieves see the ranker's earlier
decisions where these examples see the first sieve's; so compare the rows with each other, not with it.

Input: the file `corpus train speakers --examples FILE` writes. Needs Python 3 and numpy. Example:

    ./corpus train speakers --gold gold/dev --system DIR/xmi --features sieve,kind,position,content,role \\
        --clusters none --examples /tmp/examples.tsv
    python3 eval/quotes/ranker-trees.py /tmp/examples.tsv --folds 5
"""
import argparse
import sys
import time

import numpy as np


def load(path):
    docs, keys, labels, features = [], [], [], []
    for line in open(path, encoding="utf-8"):
        number, doc, offset, _speaker, correct, feats = line.rstrip("\n").split("\t")
        docs.append(int(number))
        keys.append((doc, int(offset)))
        labels.append(float(correct))
        features.append([f for f in feats.split(" ") if f])
    vocabulary = {}
    index = [[vocabulary.setdefault(f, len(vocabulary)) for f in fs] for fs in features]
    x = np.zeros((len(index), len(vocabulary)), dtype=np.float32)
    for row, fs in enumerate(index):
        x[row, fs] = 1
    group = np.zeros(len(keys), dtype=np.int64)  # one group per quotation, rows in file order
    for row in range(1, len(keys)):
        group[row] = group[row - 1] + (keys[row] != keys[row - 1])
    return np.array(docs), group, np.array(labels), x, index


class Data:
    def __init__(self, path, folds):
        self.doc, self.group, self.y, self.x, self.index = load(path)
        self.groups = int(self.group[-1]) + 1
        self.fold_of_group = np.zeros(self.groups, dtype=int)
        self.fold_of_group[self.group] = self.doc % folds
        correct = np.bincount(self.group, weights=self.y, minlength=self.groups)
        size = np.bincount(self.group, minlength=self.groups)
        # as SpeakerRankerTraining.train: quotations with a correct candidate and a choice to make
        self.usable_group = (correct > 0) & (size > 1)

    def softmax(self, score):
        top = np.full(self.groups, -np.inf)
        np.maximum.at(top, self.group, score)
        e = np.exp(score - top[self.group])
        z = np.bincount(self.group, weights=e, minlength=self.groups)
        z_correct = np.bincount(self.group, weights=e * self.y, minlength=self.groups)
        return e / z[self.group], np.where(self.y > 0, e / np.maximum(z_correct[self.group], 1e-300), 0)

    def agreed(self, score, test_groups):
        """Quotations of test_groups whose top candidate (the earlier one on a tie) is the gold speaker."""
        rows = np.arange(len(score))
        order = np.lexsort((rows, -score, self.group))
        first = np.ones(len(order), dtype=bool)
        first[1:] = self.group[order][1:] != self.group[order][:-1]
        top = order[first]
        return int(self.y[top][test_groups[self.group[top]]].sum())


def linear(data, train_rows, epochs=10, l2=1e-3, rate=0.1, orders=5, seed=1):
    """The shipped ranker's training: AdaGrad on -log P(correct), L2, the mean of `orders` example orders."""
    train = np.zeros(data.groups, dtype=bool)
    train[data.group[train_rows]] = True
    groups = np.where(train & data.usable_group)[0]
    start = np.searchsorted(data.group, np.arange(data.groups))
    end = np.searchsorted(data.group, np.arange(data.groups), side="right")
    mean = np.zeros(data.x.shape[1])
    for o in range(orders):
        rng = np.random.default_rng(seed + o)
        w = np.zeros_like(mean)
        squares = np.zeros_like(mean)
        for _ in range(epochs):
            for g in rng.permutation(groups):
                fs = data.index[start[g]:end[g]]
                s = np.array([w[f].sum() for f in fs])
                e = np.exp(s - s.max())
                correct = e * data.y[start[g]:end[g]]
                gradient = {}
                for p, q, f in zip(e / e.sum(), correct / correct.sum(), fs):
                    for k in f:
                        gradient[k] = gradient.get(k, 0) + p - q
                k = np.fromiter(gradient.keys(), int)
                gk = np.fromiter(gradient.values(), float) + l2 * w[k]
                squares[k] += gk * gk
                w[k] -= rate * gk / np.sqrt(squares[k] + 1e-12)
        mean += w / orders
    return data.x @ mean


def trees(data, train_rows, rounds, depth, shrinkage, lam=1.0, min_hessian=1.0, base=None, report=None):
    """Gradient-boosted regression trees on the softmax loss; Newton leaf values; `report(round, score)` every 50."""
    score = np.zeros(len(data.y)) if base is None else base.copy()
    train = np.zeros(len(data.y), dtype=bool)
    train[train_rows] = True
    rows = np.where(train & data.usable_group[data.group])[0]
    x = data.x[rows]
    for r in range(rounds):
        p, q = data.softmax(score)
        gradient = (p - q)[rows]
        hessian = np.maximum(p * (1 - p), 1e-6)[rows]
        open_nodes, leaves = [(np.arange(len(rows)), 0, [])], []
        while open_nodes:
            node, d, path = open_nodes.pop()
            g, h = gradient[node].sum(), hessian[node].sum()
            if d < depth and len(node) > 1:
                xn = x[node]
                gl = xn.T @ gradient[node].astype(np.float32)
                hl = xn.T @ hessian[node].astype(np.float32)
                gain = gl ** 2 / (hl + lam) + (g - gl) ** 2 / (h - hl + lam) - g ** 2 / (h + lam)
                gain[(hl < min_hessian) | (h - hl < min_hessian)] = -1
                f = int(np.argmax(gain))
                if gain[f] > 1e-6:
                    has = xn[:, f] > 0
                    open_nodes.append((node[has], d + 1, path + [(f, True)]))
                    open_nodes.append((node[~has], d + 1, path + [(f, False)]))
                    continue
            leaves.append((path, -shrinkage * g / (h + lam)))
        for path, value in leaves:
            member = np.ones(len(score), dtype=bool)
            for f, has in path:
                member &= (data.x[:, f] > 0) == has
            score[member] += value
        if report is not None and (r + 1) % 50 == 0:
            report(r + 1, score)
    return score


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("examples")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=400)
    parser.add_argument("--depths", default="3,5", help="tree depths to try, comma-separated")
    parser.add_argument("--shrinkage", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=1, help="the linear ranker's first example order")
    a = parser.parse_args()
    data = Data(a.examples, a.folds)
    print(f"{data.groups} quotations, {len(data.y)} candidates, {data.x.shape[1]} features, {a.folds} folds",
          flush=True)
    folds = [(np.where(data.doc % a.folds != k)[0], data.fold_of_group == k) for k in range(a.folds)]
    started = time.time()
    bases = [linear(data, train, seed=a.seed) for train, _ in folds]
    total = sum(data.agreed(b, test) for b, (_, test) in zip(bases, folds))
    print(f"linear (as the shipped ranker): {total}/{data.groups}  ({time.time() - started:.0f} s)", flush=True)
    configurations = [(f"trees, depth {d}", int(d), None) for d in a.depths.split(",")]
    configurations.append(("linear, then trees of depth 3 on its scores", 3, bases))
    for name, depth, base in configurations:
        started = time.time()
        by_round = {}
        for k, (train, test) in enumerate(folds):
            def report(r, score, test=test):
                by_round[r] = by_round.get(r, 0) + data.agreed(score, test)
            trees(data, train, a.rounds, depth, a.shrinkage if base is None else a.shrinkage / 2,
                  base=None if base is None else base[k], report=report)
        figures = "  ".join(f"{r}: {n}" for r, n in sorted(by_round.items()))
        print(f"{name}, rounds {figures}  ({time.time() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    sys.exit(main())
