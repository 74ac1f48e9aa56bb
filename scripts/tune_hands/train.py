"""Tune the second engine's recogniser to handwriting: CTC on lines of ``lines.py`` in the hands of fonts.txt.

    python train.py FONTS_DIR STATE.pt [--steps 1400] [--lr 1e-4] [--batch 16] [--seed 7]

Only the neck and the last layer's biases learn (``model.trainable``); batch-norm statistics stay. 15% of
lines are in print (DejaVu, Liberation), so that print is not forgotten. Every 500
steps the state is saved and the share of letters wrong is printed on lines in the held-out hands
(fonts.txt's "held"), which the training never sees."""

from __future__ import annotations

import argparse
import math
import random
import time
from pathlib import Path

import lines
import numpy as np
import torch
from fetch_fonts import hands
from model import trainable
from torch import nn

from parsers import second_opinion


def normalised(image, widest: float) -> np.ndarray:
    """The recogniser's own preparing of a crop (rapidocr's ``resize_norm_img``, as ``recognise`` calls it):
    blue first, height 48, width kept in ratio, padded to the batch's widest."""
    array = np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])
    return second_opinion._recogniser().resize_norm_img(array, widest).astype(np.float32)


def batch(size: int, fonts: list[str], hand_share: float):
    lines.HAND_FONTS[:] = fonts
    written = []
    while len(written) < size:
        image, text = lines.sample(hand_share=hand_share)
        if image.size[0] / image.size[1] <= 25:  # the engine's crops are a run of words, not a page's width
            written.append((image, text))
    widest = max(320 / 48, *(image.size[0] / image.size[1] for image, _ in written))
    inputs = torch.from_numpy(np.stack([normalised(image, widest) for image, _ in written]))
    return inputs, [torch.tensor([lines.INDEX[c] for c in text]) for _, text in written], [t for _, t in written]


def read(log_probabilities: torch.Tensor) -> list[str]:
    out = []
    for row in log_probabilities.argmax(-1).numpy():
        letters, previous = [], 0
        for index in row:
            if index != previous and index != 0:
                letters.append(lines.CHARS[index])
            previous = index
        out.append("".join(letters))
    return out


def letters_wrong(model: nn.Module, held: list) -> float:
    model.eval()
    wrong = total = 0
    with torch.no_grad():
        for inputs, _, texts in held:
            for got, want in zip(read(model(inputs)), texts, strict=True):
                wrong += lines.wrong_letters(got, want)
                total += len(want)
    return wrong / total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("fonts", type=Path)
    parser.add_argument("state", type=Path)
    parser.add_argument("--steps", type=int, default=1400)
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    torch.set_num_threads(2)
    random.seed(args.seed)
    np.random.seed(args.seed)
    training = [str(args.fonts / f"{name}.ttf") for name, held in hands() if not held]
    held_out = [str(args.fonts / f"{name}.ttf") for name, held in hands() if held]
    held = [batch(16, held_out, 1.0) for _ in range(12)]
    model = trainable()
    print(f"learning {sum(p.numel() for p in model.parameters() if p.requires_grad)} values; "
          f"held-out hands: {letters_wrong(model, held):.1%} of letters wrong", flush=True)
    learning = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(learning, lr=args.lr, weight_decay=0.0)
    ctc = nn.CTCLoss(blank=0, zero_infinity=True)
    started = time.time()
    for step in range(1, args.steps + 1):
        model.train()
        for module in model.modules():
            if isinstance(module, nn.BatchNorm2d):
                module.eval()
        inputs, targets, _ = batch(args.batch, training, 0.85)
        out = model(inputs)
        loss = ctc(out.permute(1, 0, 2), torch.cat(targets), torch.full((len(targets),), out.shape[1]),
                   torch.tensor([len(t) for t in targets]))
        optimiser.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(learning, 5.0)
        for group in optimiser.param_groups:  # warm up, then a cosine down to nothing
            group["lr"] = args.lr * min(1.0, step / 50) * 0.5 * (1 + math.cos(math.pi * step / args.steps))
        optimiser.step()
        if step % 50 == 0:
            print(f"step {step} loss {loss.item():.3f} {time.time() - started:.0f}s", flush=True)
        if step % 500 == 0 or step == args.steps:
            print(f"  held-out hands: {letters_wrong(model, held):.1%} of letters wrong", flush=True)
            torch.save(model.state_dict(), args.state)


if __name__ == "__main__":
    main()
