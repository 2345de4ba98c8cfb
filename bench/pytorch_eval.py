"""The usual PyTorch evaluation script, as the reference for `npm run bench`.

torchvision ImageFolder + a DataLoader with 2 workers + the model under torch.no_grad(),
timed by the caller as a whole process. The model is the benchmark's small CNN, its weights
read from the raw float32 file the benchmark writes next to the ONNX model (same tensors,
same order), so both sides evaluate the very same network.

Usage: python3 pytorch_eval.py DATA_DIR MODEL_DIR [--size 8]
Prints one JSON line: {"n": ..., "accuracy": ...}.
"""
import json
import sys

import torch
from torch import nn
from torchvision import datasets, transforms


def load_model(model_dir):
    meta = json.load(open(f"{model_dir}/weights.json"))
    raw = open(f"{model_dir}/weights.bin", "rb").read()
    flat = torch.frombuffer(bytearray(raw), dtype=torch.float32)
    tensors, at = {}, 0
    for t in meta:
        count = 1
        for d in t["dims"]:
            count *= d
        tensors[t["name"]] = flat[at:at + count].reshape(t["dims"])
        at += count
    filters = tensors["convW"].shape[0]
    model = nn.Sequential(
        nn.Conv2d(1, filters, 3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(filters * 16, 10),
    )
    model[0].weight.data = tensors["convW"].clone()
    model[0].bias.data = tensors["convB"].clone()
    # ONNX Gemm stores the weight input-major ([in, out]); nn.Linear keeps [out, in].
    model[4].weight.data = tensors["linW"].t().contiguous()
    model[4].bias.data = tensors["linB"].clone()
    return model.eval()


def main():
    data_dir, model_dir = sys.argv[1], sys.argv[2]
    size = int(sys.argv[sys.argv.index("--size") + 1]) if "--size" in sys.argv else 8
    tf = transforms.Compose([
        transforms.Grayscale(1),
        # Nearest sampling picks block centres, as Gapboard's bilinear does at these ratios.
        transforms.Resize((size, size), interpolation=transforms.InterpolationMode.NEAREST),
        transforms.ToTensor(),
    ])
    data = datasets.ImageFolder(data_dir, transform=tf)
    loader = torch.utils.data.DataLoader(data, batch_size=256, num_workers=2)
    model = load_model(model_dir)
    correct = n = 0
    with torch.no_grad():
        for x, y in loader:
            pred = model(x).argmax(1)
            correct += int((pred == y).sum())
            n += len(y)
    print(json.dumps({"n": n, "accuracy": correct / n}))


if __name__ == "__main__":
    main()
