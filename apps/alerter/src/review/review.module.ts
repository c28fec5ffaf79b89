import { Module } from '@nestjs/common';
import { KpiStreamReview } from './kpi-stream-review.service';

/** KPI stream → interval review → signals (the use cases and repositories come from the global modules). */
@Module({ providers: [KpiStreamReview] })
export class ReviewModule {}
