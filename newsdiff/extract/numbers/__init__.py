"""Numbers: tokens, readings, rejections, counted subjects."""
