// Placeholder so the target builds; replaced by the target's first real file.
