import * as tf from "@tensorflow/tfjs";
import type { BackendWasm } from "@tensorflow/tfjs-backend-wasm";

/**
 * `Conv2DBackpropFilter` for the WASM backend, which does not ship it: without it a
 * `tf.layers.conv2d` cannot train on wasm (its kernel gradient is this op).
 *
 *   dW[kh, kw, ci, co] = sum over b, oh, ow of
 *     x[b, oh * sh + kh * dh - padTop, ow * sw + kw * dw - padLeft, ci] * dy[b, oh, ow, co]
 *
 * (input positions outside the image count as zero padding). NHWC layout only, which is what
 * tfjs layers use. Plain loops over the wasm heap, with the output channel innermost so the
 * inner loop runs over contiguous memory; the small convolutions of the curriculum's image
 * lesson take milliseconds.
 */
export const conv2dBackpropFilterWasm: tf.KernelConfig = {
  kernelName: tf.Conv2DBackpropFilter,
  backendName: "wasm",
  kernelFunc: ({ inputs, backend, attrs }) => {
    const wasm = backend as BackendWasm;
    const { x, dy } = inputs as { x: tf.TensorInfo; dy: tf.TensorInfo };
    const { strides, pad, dataFormat, dimRoundingMode, filterShape } =
      attrs as unknown as tf.Conv2DBackpropFilterAttrs;
    if (dataFormat !== "NHWC") {
      throw new Error(
        `Conv2DBackpropFilter (siamese-lab, wasm): dataFormat must be 'NHWC', got '${dataFormat}'`,
      );
    }
    const info = tf.backend_util.computeConv2DInfo(
      x.shape as [number, number, number, number],
      filterShape,
      strides,
      1,
      pad,
      dimRoundingMode,
      false,
      "channelsLast",
    );
    const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels } = info;
    const { strideHeight, strideWidth, dilationHeight, dilationWidth, filterHeight, filterWidth } =
      info;
    const top = info.padInfo.top;
    const left = info.padInfo.left;
    const xs = wasm.typedArrayFromHeap(x) as Float32Array;
    const dys = wasm.typedArrayFromHeap(dy) as Float32Array;
    const dw = new Float32Array(filterHeight * filterWidth * inChannels * outChannels);
    for (let b = 0; b < batchSize; b++) {
      for (let oh = 0; oh < outHeight; oh++) {
        for (let ow = 0; ow < outWidth; ow++) {
          const dyOffset = ((b * outHeight + oh) * outWidth + ow) * outChannels;
          for (let kh = 0; kh < filterHeight; kh++) {
            const ih = oh * strideHeight + kh * dilationHeight - top;
            if (ih < 0 || ih >= inHeight) continue;
            for (let kw = 0; kw < filterWidth; kw++) {
              const iw = ow * strideWidth + kw * dilationWidth - left;
              if (iw < 0 || iw >= inWidth) continue;
              const xOffset = ((b * inHeight + ih) * inWidth + iw) * inChannels;
              const dwOffset = (kh * filterWidth + kw) * inChannels * outChannels;
              for (let ci = 0; ci < inChannels; ci++) {
                const xv = xs[xOffset + ci] as number;
                if (xv === 0) continue;
                const row = dwOffset + ci * outChannels;
                for (let co = 0; co < outChannels; co++) {
                  dw[row + co] = (dw[row + co] as number) + xv * (dys[dyOffset + co] as number);
                }
              }
            }
          }
        }
      }
    }
    return wasm.makeOutput([...filterShape], "float32", undefined, dw);
  },
};
