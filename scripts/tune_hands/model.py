"""The wheel's recogniser as a PyTorch module (onnx2torch), its neck and head trainable: shared by
``train.py`` and ``export.py``."""

from __future__ import annotations

import onnx
import onnx2torch
import torch
from lines import MODEL
from onnx import helper
from torch import nn

LAST_WEIGHTS = (120, 18710)  # the last layer's weights: 9 MB, left as the wheel has them (the file stays small)


def onnx_model() -> onnx.ModelProto:
    model = onnx.load(str(MODEL))
    for node in model.graph.node:  # onnx2torch knows no SAME_UPPER; the two 2x2 stride-1 layers pad right and under
        for attribute in list(node.attribute):
            if attribute.name == "auto_pad" and attribute.s == b"SAME_UPPER":
                node.attribute.remove(attribute)
                node.attribute.append(helper.make_attribute("pads", [0, 0, 1, 1]))
    return model


def trainable() -> nn.Module:
    """The recogniser, in eval mode (its batch-norm statistics stay), log-probabilities out; parameters that
    require grad: everything after the backbone's last pooling (the SVTR neck and the last layer's biases)."""
    module = onnx2torch.convert(onnx_model())
    module.eval()
    module._modules["Softmax/2"] = nn.LogSoftmax(dim=-1)
    order = list(module.graph.nodes)
    cut = next(k for k, n in enumerate(order) if n.op == "call_module" and n.target == "AveragePool/0")
    after = {n.target for n in order[cut + 1:] if n.op == "call_module"}
    constants = module.initializers
    wanted = {str(n.target).split(".", 1)[1] for n in order
              if n.op == "get_attr" and str(n.target).startswith("initializers.")
              and all(user.op == "call_module" and user.target in after for user in n.users)}
    for name, buffer in list(constants.named_buffers(recurse=False)):
        # scalars (a power's exponent, an epsilon) stay constants: training them gives NaNs
        if name in wanted and buffer.dtype == torch.float32 and buffer.numel() >= 8 \
                and tuple(buffer.shape) != LAST_WEIGHTS:
            delattr(constants, name)
            constants.register_parameter(name, nn.Parameter(buffer.clone()))
    for name, parameter in module.named_parameters():
        if not name.startswith("initializers.") and name.split(".")[0] not in after:
            parameter.requires_grad_(False)
    return module
