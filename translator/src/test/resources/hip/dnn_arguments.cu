// cuDNN calls whose MIOpen counterparts take their arguments in another order, or fewer of them.
#include <cudnn.h>
// CHECK: #include <miopen/miopen.h>
// CHECK-ABSENT: hip_runtime
void setup(cudnnHandle_t h, cudnnTensorDescriptor_t x, cudnnTensorDescriptor_t y, float *dx, float *dy) {
  cudnnConvolutionDescriptor_t conv;
  cudnnCreateConvolutionDescriptor(&conv);
  cudnnSetConvolution2dDescriptor(conv, 1, 1, 2, 2, 1, 1, CUDNN_CONVOLUTION, CUDNN_DATA_FLOAT);
  // CHECK: miopenInitConvolutionDescriptor(conv, miopenConvolution, 1, 1, 2, 2, 1, 1);
  cudnnSetTensor4dDescriptor(x, CUDNN_TENSOR_NCHW, CUDNN_DATA_FLOAT, 8, 3, 32, 32);
  // CHECK: miopenSet4dTensorDescriptor(x, miopenFloat, 8, 3, 32, 32);
  cudnnSetTensor4dDescriptor(y, CUDNN_TENSOR_NHWC, CUDNN_DATA_FLOAT, 8, 3, 32, 32); // DIAG: KP3001 KP3001
  // CHECK: cudnnSetTensor4dDescriptor(y, CUDNN_TENSOR_NHWC, miopenFloat, 8, 3, 32, 32);
  cudnnPoolingDescriptor_t pool;
  cudnnSetPooling2dDescriptor(pool, CUDNN_POOLING_MAX, CUDNN_PROPAGATE_NAN, 2, 2, 0, 0, 2, 2);
  // CHECK: miopenSet2dPoolingDescriptor(pool, miopenPoolingMax, 2, 2, 0, 0, 2, 2);
  float one = 1.0f, zero = 0.0f;
  cudnnSoftmaxForward(h, CUDNN_SOFTMAX_ACCURATE, CUDNN_SOFTMAX_MODE_CHANNEL,
                      &one, x, dx,
                      &zero, y, dy);
  // the arguments move; the line breaks between them keep their places
  // CHECK: miopenSoftmaxForward_V2(h, &one, x,
  // CHECK: dx, &zero, y,
  // CHECK: dy, MIOPEN_SOFTMAX_ACCURATE, MIOPEN_SOFTMAX_MODE_CHANNEL);
}
