#pragma once
#define INNER_SCALE 2.0f
