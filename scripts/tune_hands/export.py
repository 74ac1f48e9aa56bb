"""A tuned state (``train.py``) as the file the service loads: parsers/second_engine_hands.npz.

    python export.py STATE.pt [OUT.npz]

Holds each tensor of the model that the tuning changed, under the model's own name, as float16 (the file
stays under 1 MB), and what the model with those tensors reads on ``check_image`` (``check.letters``, the
likeliest class at each step, and ``check.scores``, its probability), read here exactly as the service
will read it: onnxruntime, the wheel's file, the tensors replaced, no graph optimisation."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import torch
from lines import MODEL, ROOT
from model import onnx_model, trainable
from onnx import numpy_helper

from parsers.second_opinion import CHECK, check_image, session_with  # the project, installed in the venv


def changed(state: Path) -> dict[str, np.ndarray]:
    graph = onnx_model().graph
    constants = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    nodes = {n.name.replace(".", "/"): n for n in graph.node}
    before, after = trainable(), trainable()
    after.load_state_dict(torch.load(state))
    out: dict[str, np.ndarray] = {}
    for (name, old), (_, new) in zip(before.named_parameters(), after.named_parameters(), strict=True):
        was, now = old.detach().numpy(), new.detach().numpy()
        if np.array_equal(was, now):
            continue
        if name.startswith("initializers."):  # a constant of the graph: found by its value, which must be unique
            names = [key for key, value in constants.items() if value.shape == was.shape and np.array_equal(value, was)]
            if len(names) != 1:
                raise SystemExit(f"{name}: {len(names)} tensors of the model hold its values")
            key = names[0]
        else:  # a convolution's or batch norm's weight or bias: the node's input
            module, what = name.rsplit(".", 1)
            key = nodes[module].input[{"weight": 1, "bias": 2}[what]]
            assert np.array_equal(constants[key], was), name
        out[key] = now.astype(np.float16)
    return out


def main() -> None:
    state = Path(sys.argv[1])
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "parsers" / "second_engine_hands.npz"
    tensors = changed(state)
    read = session_with(MODEL, tensors).run(None, {"x": check_image()})[0][0]  # as the service will read
    model = trainable()
    model.load_state_dict(torch.load(state))
    torch_read = model(torch.from_numpy(check_image())).exp().detach().numpy()[0]
    np.savez_compressed(target, **tensors, **{CHECK + "letters": read.argmax(axis=1),
                                               CHECK + "scores": read.max(axis=1)})
    print(f"{target}: {len(tensors)} tensors, {sum(v.size for v in tensors.values())} values, "
          f"{target.stat().st_size} bytes; onnxruntime against torch on the check image: "
          f"{np.abs(read - torch_read).max():.2e} at most (float16 weights)")


if __name__ == "__main__":
    main()
