package org.opentrade.payment.adapter.out.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface PaymentMapper extends BaseMapper<PaymentRow> {
}
