/**
 * Device tracking (remembered devices) as pure rules: the device a sign-in issues ({@link Device#issued}: its
 * DeviceKey {@code <region>_<uuid>} and DeviceGroupKey), what ConfirmDevice does to it under the pool's
 * {@code DeviceConfiguration} ({@link Device#confirm}), its remembered status ({@link DeviceStatus}), the
 * DeviceAttributes it shows ({@link Device#attributes}), and the order ListDevices pages in. Randomness (the keys) and
 * time arrive as parameters.
 */
package dev.userpool.device;
